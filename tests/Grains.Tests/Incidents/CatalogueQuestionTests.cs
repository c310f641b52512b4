using static GridActors.Tests.Incidents.CatalogueFiles;

namespace GridActors.Tests.Incidents;

/// <summary>A category's own questions load when they can be asked and answered, and are refused,
/// each naming its entry, when they cannot.</summary>
public sealed class CatalogueQuestionTests
{
    private static string WithQuestions(string questions) =>
        File(Category("a.b", limits: Limits()).TrimEnd().TrimEnd('}') + $", \"questions\": [{questions}] }}");

    [Fact]
    public void A_list_question_with_values_and_a_free_text_one_load()
    {
        var catalogue = Load(WithQuestions("""
            { "code": "facility", "zh": "设施", "en": "Facility", "datatype": "multivaluelist", "required": true,
              "values": [{ "key": "street-light", "zh": "路灯", "en": "Street light" }] },
            { "code": "note", "zh": "备注", "en": "Note", "datatype": "text" }
            """));

        Assert.NotNull(catalogue.Find("a.b"));
    }

    [Theory]
    [InlineData("""{ "code": "urgency", "zh": "紧急", "en": "Urgency", "datatype": "text" }""", "a.b questions[0] urgency", "the code is used by another question (urgency is every category's)")]
    [InlineData("""{ "code": "a b", "zh": "x", "en": "x", "datatype": "text" }""", "a.b questions[0] a b", "a question needs a code of letters, digits, '-' or '_'")]
    [InlineData("""{ "code": "size", "zh": "大小", "en": "Size", "datatype": "colour" }""", "a.b questions[0] size", "unknown datatype 'colour'; use string, number, datetime, text, singlevaluelist, multivaluelist")]
    [InlineData("""{ "code": "size", "zh": "大小", "en": "Size", "datatype": "singlevaluelist" }""", "a.b questions[0] size", "a list question needs values")]
    [InlineData("""{ "code": "size", "zh": "大小", "en": "Size", "datatype": "number", "values": [{ "key": "1", "zh": "一", "en": "one" }] }""", "a.b questions[0] size", "only a list question has values")]
    [InlineData("""{ "code": "size", "zh": "", "en": "Size", "datatype": "number" }""", "a.b questions[0] size", "a question needs its text in Chinese (zh) and English (en)")]
    [InlineData("""{ "code": "size", "zh": "大小", "en": "Size", "datatype": "singlevaluelist", "values": [{ "key": "s", "zh": "小", "en": "Small" }, { "key": "s", "zh": "小", "en": "Small" }] }""", "a.b questions[0] size values s", "a value needs a key of its own and names in Chinese (zh) and English (en)")]
    public void A_question_that_cannot_be_asked_is_refused(string question, string entry, string problem)
    {
        Assert.Equal(new(entry, problem), Assert.Single(ProblemsOf(WithQuestions(question))));
    }
}
