using CustomGpt.Extensions.Functions;

namespace CustomGpt.Extensions.Tests.Functions;

/// <summary>
/// The function's default name and description from the agent: lower-case letters and digits from
/// a to z and 0 to 9 kept, at most 64 characters; an empty question refused before anything is asked.
/// </summary>
public sealed class FunctionNameTests : IDisposable
{
    readonly CustomGptClient _client = new(new CustomGptClientOptions { ApiKey = "1234|fake-test-key-0000000000000000", BaseUrl = new Uri("https://api.test/") });

    public void Dispose() => _client.Dispose();

    string NameOf(string projectName) => _client.AsAIFunction(new Agent { Id = 5, ProjectName = projectName }).Name;

    [Fact]
    public void The_first_and_last_letters_and_digits_are_kept()
    {
        Assert.Equal("ask_az09", NameOf("AZ09"));
        Assert.Equal("ask_a_z_0_9", NameOf("a{z}0/9"));
    }

    [Fact]
    public void A_name_of_exactly_64_characters_is_kept_and_a_longer_one_cut_there()
    {
        Assert.Equal("ask_" + new string('a', 60), NameOf(new string('a', 60)));
        Assert.Equal("ask_" + new string('b', 60), NameOf(new string('b', 61)));
    }

    [Fact]
    public void The_default_description_names_the_agent_or_its_id()
    {
        const string rest = " a question. It answers from its own documents only, with the sources it cites (title and URL). " +
            "Pass the sessionId of an earlier answer to ask a follow-up in the same conversation.";

        Assert.Equal("Asks the Docs knowledge base" + rest, _client.AsAIFunction(new Agent { Id = 5, ProjectName = "Docs" }).Description);
        var unnamed = _client.AsAIFunction(new Agent { Id = 5, ProjectName = "" });
        Assert.Equal("Asks the knowledge base of CustomGPT.ai agent 5" + rest, unnamed.Description);
        Assert.Equal("ask_agent_5", unnamed.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task An_empty_question_is_refused(string question)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => new AgentQuestion(null!).AskAsync(question));

        Assert.Equal("question", e.ParamName);
        Assert.StartsWith("The question is empty: give the question to ask.", e.Message);
    }
}
