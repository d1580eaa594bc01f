using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Html;

namespace Credence.Web.Features.DesignForms;

/// <summary>Writes labelled form controls with their validation messages and codes right next to them, linked by <c>aria-describedby</c>.</summary>
/// <remarks>
/// A control has an HTML name (<c>Form.Competencies[0].Statement</c>, for model binding) and a field key
/// (<c>competencies[0].statement</c>, the authoring format's path that validation reports errors against).
/// </remarks>
internal sealed partial class FormFields(FieldErrors errors)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public FieldErrors Errors => errors;

    /// <summary>The element id of the control for a field key (<c>f-competencies-0-statement</c>).</summary>
    public static string IdFor(string key) => "f-" + NonWord().Replace(key, "-").Trim('-');

    /// <summary>The control an error of a field key points at: a list entry's error (<c>languages[2]</c>) points at its list's control.</summary>
    public static string AnchorFor(string key) => IdFor(TrailingIndex().Replace(key, string.Empty));

    public IHtmlContent Text(string name, string key, string label, string? value, string? hint = null, string type = "text", string? inputMode = null, bool required = false, bool readOnly = false)
    {
        var html = new StringBuilder();
        OpenField(html, key, label, hint);
        html.Append(CultureInfo.InvariantCulture, $"<input id=\"{IdFor(key)}\" name=\"{Encode(name)}\" type=\"{type}\" value=\"{Encode(value)}\"");
        if (inputMode is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $" inputmode=\"{inputMode}\"");
        }

        AppendState(html, key, hint, required, readOnly);
        html.Append(" />");
        CloseField(html, key);
        return new HtmlString(html.ToString());
    }

    public IHtmlContent Number(string name, string key, string label, string? value, string? hint = null) =>
        Text(name, key, label, value, hint, "text", "decimal");

    public IHtmlContent TextArea(string name, string key, string label, string? value, string? hint = null, int rows = 3)
    {
        var html = new StringBuilder();
        OpenField(html, key, label, hint);
        html.Append(CultureInfo.InvariantCulture, $"<textarea id=\"{IdFor(key)}\" name=\"{Encode(name)}\" rows=\"{rows}\"");
        AppendState(html, key, hint, required: false, readOnly: false);
        html.Append('>').Append(Encode(value)).Append("</textarea>");
        CloseField(html, key);
        return new HtmlString(html.ToString());
    }

    public IHtmlContent Select(string name, string key, string label, string? value, IEnumerable<(string Value, string Text)> options, string? hint = null)
    {
        var html = new StringBuilder();
        OpenField(html, key, label, hint);
        html.Append(CultureInfo.InvariantCulture, $"<select id=\"{IdFor(key)}\" name=\"{Encode(name)}\"");
        AppendState(html, key, hint, required: false, readOnly: false);
        html.Append('>');
        foreach (var (optionValue, text) in options)
        {
            var selected = string.Equals(optionValue, value ?? string.Empty, StringComparison.Ordinal) ? " selected" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(optionValue)}\"{selected}>{Encode(text)}</option>");
        }

        html.Append("</select>");
        CloseField(html, key);
        return new HtmlString(html.ToString());
    }

    /// <summary>A yes / no / not stated choice, for booleans whose absence means "not enough information".</summary>
    public IHtmlContent YesNo(string name, string key, string label, string? value, string yes = "Yes", string no = "No", string? hint = null) =>
        Select(name, key, label, value, [(string.Empty, "Not stated"), ("yes", yes), ("no", no)], hint);

    /// <summary>A group of checkboxes sharing one name; the checked values post as a list.</summary>
    public IHtmlContent Checkboxes(string name, string key, string legend, IReadOnlyCollection<string> chosen, IEnumerable<(string Value, string Text)> options)
    {
        var html = new StringBuilder();
        var id = IdFor(key);
        html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"choices\" id=\"{id}\"");
        if (HasErrors(key))
        {
            html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{id}-error\"");
        }

        html.Append(CultureInfo.InvariantCulture, $"><legend>{Encode(legend)}</legend>");
        foreach (var (optionValue, text) in options)
        {
            var optionId = id + "-" + NonWord().Replace(optionValue, "-");
            var isChecked = chosen.Contains(optionValue) ? " checked" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"choice\" for=\"{optionId}\"><input type=\"checkbox\" id=\"{optionId}\" name=\"{Encode(name)}\" value=\"{Encode(optionValue)}\"{isChecked} /> {Encode(text)}</label>");
        }

        AppendErrors(html, key);
        html.Append("</fieldset>");
        return new HtmlString(html.ToString());
    }

    /// <summary>A single checkbox; a hidden <c>false</c> after it makes an unchecked box post false.</summary>
    public IHtmlContent Checkbox(string name, string key, string label, bool value)
    {
        var id = IdFor(key);
        var isChecked = value ? " checked" : string.Empty;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"field checkbox\"><label for=\"{id}\"><input type=\"checkbox\" id=\"{id}\" name=\"{Encode(name)}\" value=\"true\"{isChecked}");
        if (HasErrors(key))
        {
            html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{id}-error\" aria-invalid=\"true\"");
        }

        html.Append(CultureInfo.InvariantCulture, $" /> {Encode(label)}</label><input type=\"hidden\" name=\"{Encode(name)}\" value=\"false\" />");
        AppendErrors(html, key);
        html.Append("</div>");
        return new HtmlString(html.ToString());
    }

    /// <summary>Errors of a field, or of the entries of a list field (<c>languages[2]</c> shows at <c>languages</c>).</summary>
    public IReadOnlyList<(string Code, string Message)> ErrorsOf(string key) =>
        errors.ByField.Where(e => Shows(key, e.Key)).SelectMany(e => e.Value).ToList();

    private bool HasErrors(string key) => errors.ByField.Keys.Any(k => Shows(key, k));

    private static bool Shows(string key, string errorKey) =>
        errorKey == key || (errorKey.StartsWith(key + "[", StringComparison.Ordinal) && ListEntry().IsMatch(errorKey[key.Length..]));

    private static void OpenField(StringBuilder html, string key, string label, string? hint)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"field\"><label for=\"{IdFor(key)}\">{Encode(label)}</label>");
        if (hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"hint\" id=\"{IdFor(key)}-hint\">{Encode(hint)}</span>");
        }
    }

    private void AppendState(StringBuilder html, string key, string? hint, bool required, bool readOnly)
    {
        var described = new List<string>();
        if (hint is not null)
        {
            described.Add(IdFor(key) + "-hint");
        }

        if (HasErrors(key))
        {
            described.Add(IdFor(key) + "-error");
            html.Append(" aria-invalid=\"true\"");
        }

        if (described.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{string.Join(' ', described)}\"");
        }

        if (required)
        {
            html.Append(" required aria-required=\"true\"");
        }

        if (readOnly)
        {
            html.Append(" readonly");
        }
    }

    private void CloseField(StringBuilder html, string key)
    {
        AppendErrors(html, key);
        html.Append("</div>");
    }

    private void AppendErrors(StringBuilder html, string key)
    {
        var found = ErrorsOf(key);
        if (found.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<ul class=\"field-error\" id=\"{IdFor(key)}-error\">");
        foreach (var (code, message) in found)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(message)} <code data-code=\"{Encode(code)}\">{Encode(code)}</code></li>");
        }

        html.Append("</ul>");
    }

    private static string Encode(string? value) => value is null ? string.Empty : Encoder.Encode(value);

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingIndex();

    [GeneratedRegex(@"^\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex ListEntry();
}
