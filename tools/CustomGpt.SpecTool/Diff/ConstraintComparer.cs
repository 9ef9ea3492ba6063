namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Compares the value constraints of two schemas: length, range and item count bounds, and the
/// pattern. A bound that appears, or moves inwards, admits fewer values (tightened); one that goes,
/// or moves outwards, admits more (loosened). Which of the two breaks clients depends on who sends
/// the value, and is the rule set's business.
/// </summary>
public static class ConstraintComparer
{
    /// <summary>Reports the constraint differences between <paramref name="old"/> and <paramref name="new"/> at <paramref name="where"/>.</summary>
    public static void Compare(SchemaView old, SchemaView @new, Location where, SchemaRules rules, ICollection<Change> changes)
    {
        Bounds("minLength", "maxLength", old.Length, @new.Length, rules.LengthTightened, rules.LengthLoosened, where, changes);
        Bounds("minimum", "maximum", old.Range, @new.Range, rules.RangeTightened, rules.RangeLoosened, where, changes);
        Bounds("minItems", "maxItems", old.ItemCount, @new.ItemCount, rules.ItemCountTightened, rules.ItemCountLoosened, where, changes);
        if (old.Pattern != @new.Pattern)
            changes.Add(new Change(old.Pattern == null ? rules.PatternAdded : @new.Pattern == null ? rules.PatternRemoved : rules.PatternChanged,
                where, $"pattern {old.Pattern ?? "(none)"} → {@new.Pattern ?? "(none)"}"));
    }

    static void Bounds(string minName, string maxName, (Bound? Min, Bound? Max) old, (Bound? Min, Bound? Max) @new,
        DiffRule tightened, DiffRule loosened, Location where, ICollection<Change> changes)
    {
        if (Tighter(@new.Min, old.Min, lower: true) is { } min)
            changes.Add(new Change(min ? tightened : loosened, where, $"{minName} {Show(old.Min)} → {Show(@new.Min)}"));
        if (Tighter(@new.Max, old.Max, lower: false) is { } max)
            changes.Add(new Change(max ? tightened : loosened, where, $"{maxName} {Show(old.Max)} → {Show(@new.Max)}"));
    }

    // True when the new bound admits fewer values than the old, false when more, null when the same.
    static bool? Tighter(Bound? now, Bound? was, bool lower)
    {
        if (now == was) return null;
        if (was == null) return true;
        if (now == null) return false;
        if (now.Value != was.Value) return lower ? now.Value > was.Value : now.Value < was.Value;
        return now.Exclusive;
    }

    static string Show(Bound? bound) => bound?.ToString() ?? "(none)";
}
