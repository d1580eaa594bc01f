using Credence.Credentials.Status;

namespace Credence.Credentials.Tests.Status;

public sealed class StatusIndexAllocatorTests
{
    [Fact]
    public void Every_index_is_given_out_once_until_the_list_is_full()
    {
        var allocator = new StatusIndexAllocator(64, [3, 5]);
        var seen = new HashSet<int>();

        while (allocator.TryAllocate(out var index))
        {
            Assert.True(seen.Add(index));
        }

        Assert.Equal(62, seen.Count);
        Assert.DoesNotContain(3, seen);
        Assert.DoesNotContain(5, seen);
        Assert.Equal(0, allocator.Free);
    }

    [Fact]
    public void Used_indexes_outside_the_list_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusIndexAllocator(8, [8]));
    }
}
