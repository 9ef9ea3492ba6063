using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;

namespace CustomGpt.Http;

/// <summary>
/// One call of a generated method on its way to the wire: the operation it belongs to, the URL
/// built from path and query values, and the body. The generated code writes each value through a
/// typed method, so nothing is formatted through <see cref="object"/> and no value needs a culture
/// but the invariant one. The operation travels with the request; nothing is matched afterwards.
/// </summary>
internal sealed class ApiRequest
{
    readonly UrlBuilder _url;
    bool _hasQuery;

    public ApiRequest(HttpMethod method, string operationId, string baseUrl)
    {
        Method = method;
        OperationId = operationId;
        _url = new UrlBuilder(baseUrl);
    }

    public HttpMethod Method { get; }

    /// <summary>The spec's operationId, e.g. <c>Agents_Get</c>: named in errors, logs and <see cref="RequestInfo"/>.</summary>
    public string OperationId { get; }

    public HttpContent? Content { get; private set; }

    /// <summary>A fixed part of the path template, e.g. <c>api/v1/projects/</c>.</summary>
    public ApiRequest Path(string literal)
    {
        _url.Append(literal);
        return this;
    }

    public ApiRequest PathValue(int value)
    {
        _url.Append(value);
        return this;
    }

    public ApiRequest PathValue(string value)
    {
        _url.Append(Uri.EscapeDataString(value));
        return this;
    }

    public ApiRequest Query(string name, string? value) => value is null ? this : AppendQuery(name, value);

    public ApiRequest Query(string name, int? value) => value is { } number ? AppendQuery(name, number.ToString(CultureInfo.InvariantCulture)) : this;

    public ApiRequest Query(string name, bool? value) => value is { } flag ? AppendQuery(name, flag ? "true" : "false") : this;

    public ApiRequest Query<TEnum>(string name, TEnum? value) where TEnum : struct, Enum =>
        value is { } member ? AppendQuery(name, WireNames.Of(member)) : this;

    /// <summary>A list as repeated parameters (<c>filters=a&amp;filters=b</c>), the form the API reads.</summary>
    public ApiRequest Query<TEnum>(string name, IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        foreach (var value in values) AppendQuery(name, WireNames.Of(value));
        return this;
    }

    /// <summary>A JSON body, serialized now: what is sent is the object as it was at the call.</summary>
    public ApiRequest JsonBody(object body, JsonSerializerSettings settings) => JsonBody(JsonConvert.SerializeObject(body, settings));

    /// <summary>A JSON body already written.</summary>
    public ApiRequest JsonBody(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = JsonMediaType;
        Content = content;
        return this;
    }

    /// <summary>A multipart form written from a request object (see <see cref="FormContent"/>).</summary>
    public ApiRequest FormBody(object body)
    {
        Content = FormContent.Create(body);
        return this;
    }

    /// <summary>
    /// The message to send; <paramref name="accept"/> is the media type of the answer, set as text:
    /// the runtime writes it as it is, where a parsed value would be formatted anew for each request.
    /// </summary>
    public HttpRequestMessage ToMessage(string? accept)
    {
        var message = new SdkRequestMessage(Method, new Uri(_url.ToString(), UriKind.Absolute)) { Content = Content };
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        RequestContext.SetOperation(message, OperationId, expectsJson: accept == MediaTypes.Json);
        return message;
    }

    ApiRequest AppendQuery(string name, string value)
    {
        _url.Append(_hasQuery ? '&' : '?');
        _url.Append(Uri.EscapeDataString(name));
        _url.Append('=');
        _url.Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
}
