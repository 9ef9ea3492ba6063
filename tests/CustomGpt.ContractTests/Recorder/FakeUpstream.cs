using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests.Recorder;

/// <summary>The fake API behind the recorder: it requires the real key and leaks keys in its answers, as a careless server might.</summary>
internal static class FakeUpstream
{
    public static string Mappings(string realKey, string otherKey)
    {
        JObject Exchange(string method, string path, int status, JObject body) => new()
        {
            ["Request"] = new JObject
            {
                ["Methods"] = new JArray(method),
                ["Path"] = path,
                ["Headers"] = new JArray(new JObject { ["Name"] = "Authorization", ["Matchers"] = new JArray(new JObject { ["Name"] = "ExactMatcher", ["Pattern"] = "Bearer " + realKey }) }),
            },
            ["Response"] = new JObject
            {
                ["StatusCode"] = status,
                ["Headers"] = new JObject { ["Content-Type"] = "application/json", ["Set-Cookie"] = $"session={realKey}" },
                ["BodyAsJson"] = body,
            },
        };
        JObject Ok(JObject data) => new() { ["status"] = "success", ["data"] = data };
        var agent = new JObject { ["id"] = 1042, ["project_name"] = "Recorded agent", ["is_chat_active"] = 1, ["embed_code"] = $"<script data-key=\"{realKey}\"></script>" };
        return new JArray(
            Exchange("GET", "/api/v1/projects/1042/stats", 200, Ok(new JObject { ["pages_found"] = 214, ["note"] = $"token {otherKey}" })),
            Exchange("POST", "/api/v1/projects/1042/conversations", 201, Ok(new JObject { ["id"] = 1, ["session_id"] = "s-1", ["name"] = "Recorded" })),
            Exchange("POST", "/api/v1/projects", 201, Ok(agent)),
            Exchange("GET", "/api/v1/projects/999", 404, new JObject
            {
                ["status"] = "error", ["url"] = $"https://upstream.test/api/v1/projects/999?api_key={Uri.EscapeDataString(realKey)}",
                ["data"] = new JObject { ["code"] = 404, ["message"] = "Agent with id 999 not found" },
            }),
            Exchange("GET", "/api/v1/user", 200, Ok(new JObject { ["id"] = 1, ["name"] = "Recorded user" })),
            Exchange("GET", "/not/an/operation", 404, new JObject { ["message"] = "Not Found" })).ToString();
    }
}
