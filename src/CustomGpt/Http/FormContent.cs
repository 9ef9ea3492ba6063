using System.Collections;
using System.Globalization;
using System.Net.Http.Headers;
using CustomGpt.Json;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Http;

/// <summary>
/// Writes a request object as <c>multipart/form-data</c>, one rule for every form operation. The
/// field names are the object's JSON names (the spec's, so <c>FileDataRetention</c> goes as the
/// API's own <c>file_data_retension</c>); an unset (null) property is left out; a
/// <see cref="FileParameter"/> is streamed as a file part; a list whose name ends in <c>[]</c> goes
/// as indexed parts (<c>example_questions[0]</c>, <c>example_questions[1]</c>...), the form the API
/// reads; booleans as <c>true</c>/<c>false</c>, enums as the API spells them, numbers invariant.
/// </summary>
internal static class FormContent
{
    public static MultipartFormDataContent Create(object body)
    {
        var boundary = Guid.NewGuid().ToString();
        var form = new MultipartFormDataContent(boundary);
        // The boundary unquoted, as browsers and the API's framework write it.
        form.Headers.Remove("Content-Type");
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);

        var contract = (JsonObjectContract)TolerantContractResolver.Instance.ResolveContract(body.GetType());
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable || property.PropertyName is not { } name) continue;
            switch (property.ValueProvider!.GetValue(body))
            {
                case null:
                    break;
                case FileParameter file:
                    form.Add(FilePart(file), name, file.FileName ?? name);
                    break;
                case string text:
                    form.Add(new StringContent(text), name);
                    break;
                case IEnumerable list:
                    AddList(form, name, list);
                    break;
                case var value:
                    form.Add(new StringContent(Text(value)), name);
                    break;
            }
        }
        return form;
    }

    static void AddList(MultipartFormDataContent form, string name, IEnumerable list)
    {
        var indexed = name.EndsWith("[]", StringComparison.Ordinal);
        // Stryker disable once Conditional : the stem is used only for an indexed list.
        var stem = indexed ? name.Substring(0, name.Length - 2) : name;
        var index = 0;
        foreach (var item in list)
        {
            if (item is null) continue;
            var field = indexed ? stem + "[" + (index++).ToString(CultureInfo.InvariantCulture) + "]" : name;
            // Stryker disable once NullCoalescing : Text gives a string back as it is; the cast only skips its switch.
            form.Add(new StringContent(item as string ?? Text(item)), field);
        }
    }

    static HttpContent FilePart(FileParameter file)
    {
        var part = new StreamContent(file.Data);
        if (!string.IsNullOrEmpty(file.ContentType)) part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        return part;
    }

    static string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        Enum member => WireNames.Of(member),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
