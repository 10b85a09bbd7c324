using Bot.Domain.Shipments;

namespace Bot.Data.Demo;

internal static class DemoShipments
{
    internal static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    internal static readonly ShipmentParty Huaxin = new("Huaxin Electronics 华信电子", "+86 755 8600 1234", "深圳市南山区科技园南区 8 栋");
    internal static readonly ShipmentParty Greenleaf = new("Greenleaf Tea 绿叶茶业", "+86 571 8765 4321", "杭州市西湖区龙井路 18 号");
    internal static readonly ShipmentParty WangFang = new("Wang Fang 王芳", "+86 136 6677 8899", "北京市朝阳区建国路 88 号 3 单元 502");

    /// <summary>
    /// The eight featured shipments (one per story, quoted in the README and tests) followed by the generated ones, with
    /// scans in the past relative to <paramref name="utcNow"/>.
    /// </summary>
    public static IReadOnlyList<Shipment> Create(DateTimeOffset utcNow)
    {
        var now = utcNow.ToOffset(ChinaStandardTime);
        return [.. Featured(now), .. DemoShipmentGenerator.Create(now)];
    }

    private static IReadOnlyList<Shipment> Featured(DateTimeOffset now)
    {
        DateTimeOffset Ago(double hours) => now.AddHours(-hours);
        DeliveryWindow Window(double fromHours, double toHours) => new(now.AddHours(fromHours), now.AddHours(toHours));

        return
        [
            // Handed over more than ten days ago and still in transit: late.
            new(TrackingNumber.Parse("SF1234567890123"), DemoCustomers.General, Window(-8 * 24, -7 * 24),
            [
                new(ShipmentStage.Created, "Beijing 北京", Ago(12 * 24 + 3)),
                new(ShipmentStage.PickedUp, "Beijing Chaoyang 北京朝阳", Ago(12 * 24)),
                new(ShipmentStage.AtWarehouse, "Beijing hub 北京分拨中心", Ago(11 * 24 + 18)),
                new(ShipmentStage.InTransit, "Wuhan hub 武汉转运中心", Ago(9 * 24 + 6)),
            ], WangFang, new("Liu Yang 刘洋", "+86 135 1122 3344", "广州市天河区体育西路 101 号")),
            new(TrackingNumber.Parse("RA123456789CN"), DemoCustomers.KeyAccount, Window(-48, 0),
            [
                new(ShipmentStage.Created, "Shenzhen 深圳", Ago(5 * 24 + 2)),
                new(ShipmentStage.PickedUp, "Shenzhen Nanshan 深圳南山", Ago(5 * 24)),
                new(ShipmentStage.AtWarehouse, "Shenzhen hub 深圳分拨中心", Ago(4 * 24 + 12)),
                new(ShipmentStage.InTransit, "Shanghai hub 上海转运中心", Ago(3 * 24)),
                new(ShipmentStage.OutForDelivery, "Shanghai Pudong 上海浦东", Ago(30)),
                new(ShipmentStage.Delivered, "Shanghai Pudong 上海浦东", Ago(25), SignedBy: "Zhou Qiang 周强 (front desk 前台)"),
            ], Huaxin, new("Zhou Qiang 周强", "+86 138 1650 7788", "上海市浦东新区世纪大道 100 号 12 楼")),
            new(TrackingNumber.Parse("773012345678"), DemoCustomers.Suitable, Window(-24, 24),
            [
                new(ShipmentStage.Created, "Hangzhou 杭州", Ago(4 * 24)),
                new(ShipmentStage.PickedUp, "Hangzhou Xihu 杭州西湖", Ago(3 * 24 + 20)),
                new(ShipmentStage.InTransit, "Nanjing hub 南京转运中心", Ago(2 * 24)),
                new(ShipmentStage.Exception, "Nanjing hub 南京转运中心", Ago(20),
                    ExceptionReason: "Outer carton damaged in sorting; goods are being inspected and repacked 分拣中外箱破损，正在检查并重新包装"),
            ], Greenleaf, new("Sun Li 孙丽", "+86 139 5188 6622", "南京市鼓楼区中山北路 30 号")),
            new(TrackingNumber.Parse("4300123456789"), DemoCustomers.General, Window(3 * 24, 4 * 24),
            [
                new(ShipmentStage.Created, "Beijing 北京", Ago(2)),
            ], WangFang, new("Wang Lei 王磊", "+86 133 0101 2020", "天津市和平区南京路 66 号")),
            new(TrackingNumber.Parse("75312345678901"), DemoCustomers.KeyAccount, Window(2 * 24, 3 * 24),
            [
                new(ShipmentStage.Created, "Shenzhen 深圳", Ago(6)),
                new(ShipmentStage.PickedUp, "Shenzhen Nanshan 深圳南山", Ago(3)),
            ], Huaxin, new("Huang Tao 黄涛", "+86 186 2800 4567", "成都市高新区天府大道 999 号")),
            new(TrackingNumber.Parse("123456789012345"), DemoCustomers.Suitable, Window(24, 2 * 24),
            [
                new(ShipmentStage.Created, "Hangzhou 杭州", Ago(30)),
                new(ShipmentStage.PickedUp, "Hangzhou Xihu 杭州西湖", Ago(26)),
                new(ShipmentStage.AtWarehouse, "Hangzhou hub 杭州分拨中心", Ago(20)),
            ], Greenleaf, new("Zhao Min 赵敏", "+86 150 2100 3300", "上海市徐汇区漕溪北路 200 号")),
            new(TrackingNumber.Parse("SF1098765432109"), DemoCustomers.KeyAccount, Window(-4, 6),
            [
                new(ShipmentStage.Created, "Shenzhen 深圳", Ago(2 * 24 + 4)),
                new(ShipmentStage.PickedUp, "Shenzhen Futian 深圳福田", Ago(2 * 24)),
                new(ShipmentStage.InTransit, "Guangzhou hub 广州转运中心", Ago(30)),
                new(ShipmentStage.OutForDelivery, "Guangzhou Tianhe 广州天河", Ago(2)),
            ], Huaxin, new("Deng Hui 邓辉", "+86 137 9888 1212", "广州市天河区珠江新城花城大道 5 号")),
            new(TrackingNumber.Parse("668812345678"), DemoCustomers.General, Window(-5 * 24, -4 * 24),
            [
                new(ShipmentStage.Created, "Beijing 北京", Ago(9 * 24)),
                new(ShipmentStage.PickedUp, "Beijing Chaoyang 北京朝阳", Ago(9 * 24 - 4)),
                new(ShipmentStage.OutForDelivery, "Harbin Nangang 哈尔滨南岗", Ago(5 * 24)),
                new(ShipmentStage.Exception, "Harbin Nangang 哈尔滨南岗", Ago(5 * 24 - 6), ExceptionReason: "Consignee refused the delivery 收件人拒收"),
                new(ShipmentStage.Returned, "Beijing 北京", Ago(24), ExceptionReason: "Consignee refused the delivery 收件人拒收"),
            ], WangFang, new("Gao Feng 高峰", "+86 131 0451 7890", "哈尔滨市南岗区西大直街 92 号")),
        ];
    }
}
