using System.Text;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests.Canonicalization;

public sealed class IdentifierIssuerTests
{
    [Fact]
    public void Issue_identifier_numbers_new_blank_nodes_in_order_and_returns_existing_ones()
    {
        var issuer = new IdentifierIssuer("b"u8.ToArray());

        var issued = new[] { IssueIdentifierAlgorithm.Run(issuer, 42), IssueIdentifierAlgorithm.Run(issuer, 7), IssueIdentifierAlgorithm.Run(issuer, 42) };

        Assert.Equal([0, 1, 0], issued);
        Assert.Equal([42, 7], issuer.IssuedOrder);
    }

    [Fact]
    public void A_copy_issues_independently_of_its_original()
    {
        var issuer = new IdentifierIssuer("b"u8.ToArray());
        IssueIdentifierAlgorithm.Run(issuer, 1);

        var copy = issuer.Copy();
        IssueIdentifierAlgorithm.Run(copy, 2);

        Assert.Equal([1], issuer.IssuedOrder);
        Assert.Equal([1, 2], copy.IssuedOrder);
        Assert.False(issuer.TryGetIdentifier(2, out _));
    }

    [Fact]
    public void Lookups_stay_right_once_the_issuer_outgrows_scanning()
    {
        var issuer = new IdentifierIssuer("c14n"u8.ToArray());
        for (var node = 100; node < 130; node++)
        {
            IssueIdentifierAlgorithm.Run(issuer, node);
        }

        var copy = issuer.Copy();
        IssueIdentifierAlgorithm.Run(copy, 5);

        Assert.True(issuer.TryGetIdentifier(117, out var identifier));
        Assert.Equal(17, identifier);
        Assert.True(copy.TryGetIdentifier(5, out var copied));
        Assert.Equal(30, copied);
        Assert.False(issuer.TryGetIdentifier(5, out _));
    }

    [Fact]
    public void Labels_are_the_prefix_and_the_number()
    {
        var issuer = new IdentifierIssuer("c14n"u8.ToArray());
        using var buffer = new Utf8Buffer();

        issuer.WriteLabel(buffer, 12);

        Assert.Equal("_:c14n12", Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal("c14n12", issuer.Label(12));
    }
}
