namespace Credence.Domain.Authoring;

/// <summary>One file after mapping: its record (possibly partial when the file has errors), errors and field positions.</summary>
internal sealed class LoadedDocument(ErrorSink errors, RecordMapper mapper, string kind, object record)
{
    public ErrorSink Errors { get; } = errors;

    public RecordMapper Mapper { get; } = mapper;

    /// <summary>The <c>kind</c>: microcredential, pathway or proficiency-scale.</summary>
    public string Kind { get; } = kind;

    public object Record { get; } = record;

    /// <summary>Reports an error on a field of this file at the field's position.</summary>
    public void Report(string code, string message, string field) => Errors.Add(code, message, Mapper.PositionOf(field), field);

    /// <summary>"path:line:column" of a field, for messages that point at another place.</summary>
    public string Locate(string field)
    {
        var position = Mapper.PositionOf(field);
        return $"{Errors.Path}:{position.Line}:{position.Column}";
    }
}
