using Bot.Domain.Shipments;

namespace Bot.Data.Demo;

/// <summary>Places, people and reasons the generated demo shipments are built from (real Chinese cities, made-up parties).</summary>
internal static class DemoRoutes
{
    public static IReadOnlyList<Origin> Origins { get; } =
    [
        new(DemoCustomers.KeyAccount, DemoShipments.Huaxin, "Shenzhen 深圳", "Shenzhen Nanshan 深圳南山", "Shenzhen hub 深圳分拨中心"),
        new(DemoCustomers.SecondKeyAccount,
            new("Orient Auto Parts 东方汽配", "+86 21 5990 2580", "上海市嘉定区安亭镇墨玉路 28 号"),
            "Shanghai 上海", "Shanghai Jiading 上海嘉定", "Shanghai hub 上海转运中心"),
        new(DemoCustomers.Suitable, DemoShipments.Greenleaf, "Hangzhou 杭州", "Hangzhou Xihu 杭州西湖", "Hangzhou hub 杭州分拨中心"),
        new(DemoCustomers.SecondSuitable,
            new("Blue Harbor Outdoor 蓝港户外", "+86 592 5566 0137", "厦门市思明区环岛南路 3088 号"),
            "Xiamen 厦门", "Xiamen Siming 厦门思明", "Xiamen hub 厦门分拨中心"),
        new(DemoCustomers.General, DemoShipments.WangFang, "Beijing 北京", "Beijing Chaoyang 北京朝阳", "Beijing hub 北京分拨中心"),
        new(DemoCustomers.SecondGeneral,
            new("Zhao Lei 赵磊", "+86 189 8012 6543", "成都市武侯区人民南路四段 12 号"),
            "Chengdu 成都", "Chengdu Wuhou 成都武侯", "Chengdu hub 成都转运中心"),
    ];

    public static IReadOnlyList<Destination> Destinations { get; } =
    [
        new("Wuhan hub 武汉转运中心", "Guangzhou Tianhe 广州天河", "广州市天河区天河路 208 号 1506 室"),
        new("Nanjing hub 南京转运中心", "Shanghai Pudong 上海浦东", "上海市浦东新区张杨路 500 号 21 楼"),
        new("Zhengzhou hub 郑州转运中心", "Beijing Haidian 北京海淀", "北京市海淀区中关村大街 27 号 8 层"),
        new("Chongqing hub 重庆转运中心", "Chengdu Jinjiang 成都锦江", "成都市锦江区红星路三段 1 号"),
        new("Changsha hub 长沙转运中心", "Wuhan Wuchang 武汉武昌", "武汉市武昌区中南路 99 号"),
        new("Zhengzhou hub 郑州转运中心", "Xi'an Yanta 西安雁塔", "西安市雁塔区长安南路 88 号 2 单元 1101"),
        new("Hefei hub 合肥转运中心", "Nanjing Gulou 南京鼓楼", "南京市鼓楼区湖南路 1 号"),
        new("Tianjin hub 天津转运中心", "Shenyang Heping 沈阳和平", "沈阳市和平区南京北街 206 号"),
        new("Guiyang hub 贵阳转运中心", "Kunming Wuhua 昆明五华", "昆明市五华区东风西路 11 号 3 楼"),
        new("Jinan hub 济南转运中心", "Qingdao Shinan 青岛市南", "青岛市市南区香港中路 76 号"),
        new("Fuzhou hub 福州转运中心", "Xiamen Huli 厦门湖里", "厦门市湖里区吕岭路 1733 号"),
    ];

    public static IReadOnlyList<string> Consignees { get; } =
    [
        "Chen Hao 陈浩", "Lin Na 林娜", "Zhou Jie 周杰", "Wu Xia 吴霞", "Xu Lei 徐磊", "He Yan 何燕", "Guo Peng 郭鹏",
        "Ma Li 马丽", "Sarah Johnson", "Luo Bin 罗斌", "Tang Yu 唐宇", "Han Mei 韩梅", "David Miller", "Feng Kai 冯凯",
        "Yang Fan 杨帆", "Hu Jun 胡军", "Song Qian 宋倩",
    ];

    public static IReadOnlyList<string> MobilePrefixes { get; } =
        ["138", "139", "135", "150", "151", "158", "186", "187", "177", "180", "199", "152"];

    public static IReadOnlyList<string> ExceptionReasons { get; } =
    [
        "Address incomplete; we are contacting the consignee 地址不详，正在联系收件人",
        "Consignee not reachable by phone after two attempts 两次电话联系收件人未果",
        "Held at the hub by heavy rain on the route 途经路段暴雨，货物暂留分拨中心",
        "Outer packaging damaged; goods are being inspected 外包装破损，货物正在检查",
        "Security inspection at the hub 分拨中心安检查验中",
        "Truck breakdown; the parcel is moving to another vehicle 运输车辆故障，正在换车转运",
    ];

    public static IReadOnlyList<string> ReturnReasons { get; } =
    [
        "Consignee refused the delivery 收件人拒收",
        "Address not found after three delivery attempts 三次派送均未找到地址",
        "Returned at the shipper's request 应寄件人要求退回",
    ];

    /// <summary>A customer's sending point: the shipper party, its city, its pick-up district and its first hub.</summary>
    public sealed record Origin(string CustomerId, ShipmentParty Shipper, string City, string District, string Hub);

    /// <summary>A receiving point: the line-haul hub on the way, the delivery district and the consignee's address.</summary>
    public sealed record Destination(string TransitHub, string District, string Address);
}
