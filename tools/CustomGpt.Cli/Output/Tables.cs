using Spectre.Console;

namespace CustomGpt.Cli.Output;

/// <summary>The two shapes results take for people: rows of items, or the fields of one thing.</summary>
internal static class Tables
{
    /// <summary>One row per item.</summary>
    public static Table Rows<T>(IEnumerable<T> items, IReadOnlyList<Column<T>> columns, string? caption = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column.Heading)));
        foreach (var item in items)
            table.AddRow(columns.Select(column => new Text(DisplayText.Of(column.Value(item)))).ToArray());
        if (caption is not null) table.Caption(Markup.Escape(caption));
        return table;
    }

    /// <summary>One row per field of one thing, name and value.</summary>
    public static Table Fields(params (string Name, object? Value)[] fields)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders();
        table.AddColumn("field");
        table.AddColumn("value");
        foreach (var (name, value) in fields)
            table.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), new Text(DisplayText.Of(value)));
        return table;
    }
}
