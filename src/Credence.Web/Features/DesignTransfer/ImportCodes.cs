namespace Credence.Web.Features.DesignTransfer;

/// <summary>Stable codes for an uploaded YAML file or zip that cannot be imported as it is (the authoring errors inside files keep their <c>authoring.*</c> codes).</summary>
internal static class ImportCodes
{
    /// <summary>The request carries no file.</summary>
    public const string NoFile = "import.no-file";

    /// <summary>The file is neither YAML (<c>.yaml</c>, <c>.yml</c>) nor a zip.</summary>
    public const string UnsupportedFile = "import.unsupported-file";

    /// <summary>The zip cannot be read (corrupt, truncated, encrypted or not a zip).</summary>
    public const string InvalidZip = "import.invalid-zip";

    /// <summary>The zip has more entries than an import accepts.</summary>
    public const string TooManyEntries = "import.too-many-entries";

    /// <summary>The upload, or the zip's content once unpacked, is larger than an import accepts.</summary>
    public const string TooLarge = "import.too-large";

    /// <summary>A zip entry's path is absolute, climbs out of the folder (<c>..</c>) or uses backslashes or a drive letter.</summary>
    public const string UnsafePath = "import.unsafe-path";

    /// <summary>A file is not UTF-8 text.</summary>
    public const string NotText = "import.not-text";

    /// <summary>The zip holds no <c>.yaml</c> or <c>.yml</c> file.</summary>
    public const string NoYaml = "import.no-yaml";

    /// <summary>Files have authoring errors; the response lists every one and nothing was imported.</summary>
    public const string AuthoringErrors = "import.authoring-errors";
}
