// The worker app's page: a placeholder until the worker app is built.
const main = document.getElementById("app")!;
main.textContent = "网格员应用即将推出 · The worker app is coming";
