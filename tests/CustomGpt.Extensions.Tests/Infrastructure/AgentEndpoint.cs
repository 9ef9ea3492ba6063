using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CustomGpt.Extensions.Tests.Infrastructure;

/// <summary>GET /api/v1/projects/42 on a test server: the call the DI tests make.</summary>
public static class AgentEndpoint
{
    public const int AgentId = 42;
    public const string Path = "/api/v1/projects/42";

    const string Agent = """{"status":"success","data":{"id":42,"project_name":"Handbook","is_chat_active":1,"type":"SITEMAP"}}""";

    public static void Answers(ApiServer api) =>
        api.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Agent));

    /// <summary>An agent whose type is a value this SDK does not know and whose name is an object: both unreadable, the rest fine.</summary>
    public static void AnswersWithUnreadableValues(ApiServer api) =>
        api.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"success","data":{"id":42,"project_name":{"secret":"private-value-77"},"type":"BRAND_NEW_KIND"}}"""));

    public static void Fails(ApiServer api, int status) =>
        api.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"error","data":{"code":503,"message":"Service unavailable"}}"""));
}
