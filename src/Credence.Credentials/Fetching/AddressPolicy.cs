using System.Net;
using System.Net.Sockets;

namespace Credence.Credentials.Fetching;

/// <summary>Tells public internet addresses from loopback, private, link-local, shared, multicast and reserved ones.</summary>
/// <seealso href="https://www.iana.org/assignments/iana-ipv4-special-registry/"/>
internal static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224 // this network, private, loopback, multicast and reserved
                || (b[0] == 100 && b[1] >= 64 && b[1] < 128) // shared address space (carrier-grade NAT)
                || (b[0] == 169 && b[1] == 254) // link-local
                || (b[0] == 172 && b[1] >= 16 && b[1] < 32) // private
                || (b[0] == 192 && b[1] == 168) // private
                || (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2)) // IETF protocol assignments, documentation
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100) // documentation
                || (b[0] == 203 && b[1] == 0 && b[2] == 113)); // documentation
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        Span<byte> v6 = stackalloc byte[16];
        address.TryWriteBytes(v6, out _);
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (v6[0] & 0xfe) == 0xfc // unique local fc00::/7
            || (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0d && v6[3] == 0xb8) // documentation 2001:db8::/32
            || (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b)); // NAT64 64:ff9b::/96 can reach private IPv4
    }
}
