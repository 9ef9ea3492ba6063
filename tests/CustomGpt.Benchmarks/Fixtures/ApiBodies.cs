using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Benchmarks.Fixtures;

/// <summary>
/// The fixed response bodies the loopback server sends, encoded once. Field values follow the
/// spec's examples; timestamps use the two forms the live API mixes (Laravel's ISO 8601 with
/// microseconds, and <c>yyyy-MM-dd HH:mm:ss</c>).
/// </summary>
internal sealed class ApiBodies
{
    public const int AgentId = 42;
    public const string SessionId = "5f1c2a9e-7d3b-4f1a-9c2e-1b8d4e6a0f37";
    const int LargeBodyBytes = 1024 * 1024;

    ApiBodies(JObject agent, JObject message, JObject conversation)
    {
        Agent = Envelope(agent);
        MessagesPage = Envelope(MessagesResult(conversation, message));
        AgentItem = agent;
    }

    /// <summary>GET one agent: about 1 KB.</summary>
    public byte[] Agent { get; }

    /// <summary>One page of a conversation's messages: about 1 MB.</summary>
    public byte[] MessagesPage { get; }

    /// <summary>The agent every list page repeats.</summary>
    public JObject AgentItem { get; }

    public static ApiBodies Create()
    {
        var examples = SpecExamples.Load();
        var agent = examples.Of("Agent");
        agent["id"] = AgentId;
        agent["created_at"] = "2023-06-24T21:21:46.000000Z";
        agent["updated_at"] = "2024-02-11 08:05:13";
        agent["deleted_at"] = null;
        return new ApiBodies(agent, examples.Of("Message"), examples.Of("Conversation"));
    }

    static byte[] Envelope(JToken data) =>
        Encoding.UTF8.GetBytes(new JObject { ["status"] = "success", ["data"] = data }.ToString(Formatting.None));

    /// <summary>As many messages as make about 1 MB, each with its own id and a realistic answer.</summary>
    static JObject MessagesResult(JObject conversation, JObject message)
    {
        var messages = new JArray();
        var size = 0;
        for (var id = 1; size < LargeBodyBytes; id++)
        {
            var item = (JObject)message.DeepClone();
            item["id"] = id;
            item["user_query"] = $"Question {id}: how do I configure the agent's citations and its answer length?";
            item["openai_response"] = Answer(id);
            item["created_at"] = $"2024-03-{1 + id % 28:00}T10:{id % 60:00}:00.000000Z";
            item["updated_at"] = $"2024-03-{1 + id % 28:00} 10:{id % 60:00}:05";
            messages.Add(item);
            size += item.ToString(Formatting.None).Length + 1;
        }
        var page = new JObject
        {
            ["current_page"] = 1, ["data"] = messages, ["from"] = 1, ["to"] = messages.Count,
            ["last_page"] = 1, ["per_page"] = messages.Count, ["total"] = messages.Count,
            ["first_page_url"] = "https://app.customgpt.ai/api/v1/projects/42/conversations/x/messages?page=1",
            ["last_page_url"] = "https://app.customgpt.ai/api/v1/projects/42/conversations/x/messages?page=1",
            ["next_page_url"] = null, ["prev_page_url"] = null,
            ["path"] = "https://app.customgpt.ai/api/v1/projects/42/conversations/x/messages",
        };
        return new JObject { ["conversation"] = conversation, ["messages"] = page };
    }

    /// <summary>About a kilobyte of answer text, different for each message.</summary>
    static string Answer(int id)
    {
        var text = new StringBuilder();
        for (var sentence = 0; text.Length < 900; sentence++)
            text.Append("Sentence ").Append(sentence).Append(" of answer ").Append(id)
                .Append(" explains a setting, cites the page it came from and says \"why\" in plain words. ");
        return text.ToString();
    }
}
