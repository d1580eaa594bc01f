namespace Credence.LaborMarket.Import;

/// <summary>One table of an O*NET release: its file name and text.</summary>
internal sealed record OnetTable(string FileName, string Text)
{
    /// <summary>The table's key: the file name without folder or extension, lower case, letters only ("Occupation Data.txt" and "occupation_data.csv" are both <c>occupationdata</c>).</summary>
    public string Key
    {
        get
        {
            var name = Path.GetFileNameWithoutExtension(FileName.Replace('\\', '/').Split('/')[^1]);
            return new string([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        }
    }

    public char Delimiter => FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';

    public bool Quoting => Delimiter == ',';
}
