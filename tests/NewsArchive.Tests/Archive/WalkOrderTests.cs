using NewsArchive.Cli;

namespace NewsArchive.Tests.Archive;

public sealed class WalkOrderTests
{
    [Fact]
    public void Results_come_out_in_sequence_whatever_order_they_finish_in()
    {
        var order = new WalkOrder<long>(maxWaiting: 100);
        var done = new List<long>();
        foreach (var seq in (long[])[2, 0, 3, 1, 5, 4]) done.AddRange(order.Add(seq, seq));
        Assert.Equal([0, 1, 2, 3, 4, 5], done);
    }

    [Fact]
    public void A_slow_result_lets_at_most_the_bound_wait_and_the_rest_goes_on_out_of_order()
    {
        var order = new WalkOrder<long>(maxWaiting: 3);
        var done = new List<long>();
        foreach (var seq in (long[])[1, 2, 3, 4, 5, 0, 6]) done.AddRange(order.Add(seq, seq));
        Assert.Equal([1, 2, 0, 3, 4, 5, 6], done);
    }
}
