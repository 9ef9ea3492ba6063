// Calls the API through the packages, against WireMock.Net standing in for it, and prints what came
// back, one "key: value" line each; the round-trip test reads these lines.
using System.Reflection;
using System.Runtime.Versioning;
using CustomGpt;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

using var server = WireMockServer.Start();
Serve(server, "GET", "/api/v1/projects/1042", 200,
    """{"status":"success","data":{"id":1042,"project_name":"Product handbook","type":"SITEMAP"}}""");
Serve(server, "POST", "/api/v1/projects/1042/conversations", 201,
    """{"status":"success","data":{"id":60321,"name":"Reset","project_id":1042,"session_id":"9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47"}}""");
Serve(server, "POST", "/api/v1/projects/1042/conversations/9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47/messages", 200,
    """{"status":"success","data":{"id":88131,"openai_response":"Open Settings, choose Security, then select Reset password.","conversation_id":60321,"citations":[30412]}}""");
Serve(server, "GET", "/api/v1/projects/1042/citations/30412", 200,
    """{"status":"success","data":{"id":30412,"url":"https://docs.example.com/account/password","title":"Reset your password"}}""");

var services = new ServiceCollection();
services.AddCustomGpt(o =>
{
    o.ApiKey = "1234|consumer-key";
    o.BaseUrl = new Uri(server.Url!);
});
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
using var scope = provider.CreateScope();
var client = scope.ServiceProvider.GetRequiredService<CustomGptClient>();

var agent = await client.Agents.GetAsync(1042);
Console.WriteLine($"agent: {agent.Id} {agent.ProjectName}");

var answer = await client.AsChatClient(1042).GetResponseAsync("How do I reset my password?");
Console.WriteLine($"answer: {answer.Text}");
Console.WriteLine($"conversation: {answer.ConversationId}");
var citation = (CitationAnnotation)answer.Messages[0].Contents[0].Annotations![0];
Console.WriteLine($"source: {citation.Title} <{citation.Url}>");

Console.WriteLine($"sdk: {Describe(typeof(CustomGptClient).Assembly)}");
Console.WriteLine($"extensions: {Describe(typeof(CustomGptChatClientExtensions).Assembly)}");
Console.WriteLine($"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
return 0;

static void Serve(WireMockServer server, string method, string path, int status, string body) =>
    server.Given(Request.Create().WithPath(path).UsingMethod(method).WithHeader("Authorization", "Bearer 1234|consumer-key"))
        .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

// Which build of a package the app loaded: its version and the framework that build targets.
static string Describe(Assembly assembly) =>
    $"{assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]} " +
    $"{assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}";
