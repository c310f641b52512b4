// Reads each CAP message named on the command line with @dec112/cap-ts and prints one JSON line per
// file: whether it parsed and validated as CAP 1.2, and what the library read from it. Exit code 1
// when any file is not valid.
const { CAP_1_2 } = require("@dec112/cap-ts");
const fs = require("fs");

(async () => {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    let line;
    try {
      const alert = await CAP_1_2.Alert.fromXML(fs.readFileSync(file, "utf8"));
      const error = alert.validate();
      const info = alert.info_list[0];
      line = {
        file,
        valid: error === undefined,
        error: error ? error.message : null,
        identifier: alert.identifier,
        msgType: CAP_1_2._to_string_Alert_msgType(alert.msgType),
        references: alert.references ?? null,
        headline: info.headline ?? null,
        polygons: info.area_list.flatMap((a) => a.polygon_list ?? []).length,
        circles: info.area_list.flatMap((a) => a.circle_list ?? []).length,
        responseTypes: info.responseType_list.map((r) => CAP_1_2._to_string_Alert_info_list_info_responseType_list_responseType(r)),
      };
    } catch (e) {
      line = { file, valid: false, error: e.message };
    }
    failed ||= !line.valid;
    console.log(JSON.stringify(line));
  }
  process.exit(failed ? 1 : 0);
})();
