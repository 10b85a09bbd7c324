using Bot.Domain.Complaints;
using Bot.Domain.Language;

namespace Bot.Domain.Tests.Complaints;

public sealed class DepartmentRoutingTests
{
    [Fact]
    public void Routing_table_covers_every_complaint_category()
    {
        Assert.All(Enum.GetValues<ComplaintCategory>(), c => Assert.True(DepartmentRouting.Table.ContainsKey(c), $"{c} has no department"));
    }

    [Theory]
    [InlineData(ComplaintCategory.Delay, Department.Transport)]
    [InlineData(ComplaintCategory.ShortageOrLoss, Department.Warehouse)]
    [InlineData(ComplaintCategory.DamageOrDeterioration, Department.Packaging)]
    [InlineData(ComplaintCategory.PriceOrBilling, Department.Billing)]
    [InlineData(ComplaintCategory.StaffAttitudeOrConduct, Department.CustomerService)]
    public void Category_is_routed_to_the_responsible_department(ComplaintCategory category, Department expected)
    {
        Assert.Equal(expected, DepartmentRouting.For(category));
    }

    [Fact]
    public void Every_department_receives_at_least_one_category()
    {
        Assert.Equal(Enum.GetValues<Department>().Order(), DepartmentRouting.Table.Values.Distinct().Order());
    }
}
