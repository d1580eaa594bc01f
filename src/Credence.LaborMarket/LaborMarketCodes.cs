namespace Credence.LaborMarket;

/// <summary>Stable codes for problems found while importing labor-market files.</summary>
public static class LaborMarketCodes
{
    /// <summary>The file has no header row or no content at all.</summary>
    public const string FileEmpty = "labor.file-empty";

    /// <summary>A column the import needs is not in the header.</summary>
    public const string MissingColumn = "labor.missing-column";

    /// <summary>A row has a different number of fields from the header.</summary>
    public const string FieldCount = "labor.field-count";

    /// <summary>A numeric field holds something that is neither a number nor a published special value.</summary>
    public const string BadNumber = "labor.bad-number";

    /// <summary>An occupation (SOC, O*NET-SOC) or program (CIP) code is malformed.</summary>
    public const string BadCode = "labor.bad-code";

    /// <summary>The file ends inside a quoted field: it was cut off.</summary>
    public const string Truncated = "labor.truncated";

    /// <summary>The same key appears on two rows.</summary>
    public const string DuplicateRow = "labor.duplicate-row";

    /// <summary>The file has a header but no usable data rows.</summary>
    public const string NoRows = "labor.no-rows";

    /// <summary>An O*NET release lacks a table the import needs.</summary>
    public const string MissingTable = "labor.missing-table";

    /// <summary>The file is not a readable archive or text file of the expected kind.</summary>
    public const string Unreadable = "labor.unreadable";

    /// <summary>A flag field holds something other than <c>Y</c> or <c>N</c>.</summary>
    public const string BadFlag = "labor.bad-flag";
}
