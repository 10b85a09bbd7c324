using Bot.Domain.Customers;

namespace Bot.Data.Demo;

internal static class DemoCustomers
{
    public const string KeyAccount = "CUST-1001";
    public const string Suitable = "CUST-1002";
    public const string General = "CUST-1003";
    public const string SecondKeyAccount = "CUST-1004";
    public const string SecondSuitable = "CUST-1005";
    public const string SecondGeneral = "CUST-1006";

    /// <summary>The AAD object id of the key account's Teams contact, so that Teams demos see private details.</summary>
    public const string KeyAccountContactAadObjectId = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

    /// <summary>The AAD object id of the second key account's Teams contact.</summary>
    public const string SecondKeyAccountContactAadObjectId = "3a9d7c15-8e2b-4f60-b1d4-27c5e8f90a13";

    public static IReadOnlyList<Customer> All { get; } =
    [
        new(KeyAccount, "Huaxin Electronics Co., Ltd. 华信电子", CustomerTier.Key,
        [
            new("Li Wei 李伟", "+86 138 0013 8000", "li.wei@huaxin.example", KeyAccountContactAadObjectId),
            new("Chen Jing 陈静", "+86 139 0755 2468", "chen.jing@huaxin.example"),
        ]),
        new(Suitable, "Greenleaf Tea Trading 绿叶茶业", CustomerTier.Suitable,
        [
            new("Zhang Min 张敏", "+86 137 2233 4455", "zhang.min@greenleaf.example", "0b7e5a1c-2f4d-4e8a-9c3b-5d6e7f8a9b0c"),
        ]),
        new(General, "Wang Fang 王芳", CustomerTier.General,
        [
            new("Wang Fang 王芳", "+86 136 6677 8899"),
        ]),
        new(SecondKeyAccount, "Orient Auto Parts Co., Ltd. 东方汽配", CustomerTier.Key,
        [
            new("Xu Ming 徐明", "+86 139 1820 5566", "xu.ming@orient-auto.example", SecondKeyAccountContactAadObjectId),
            new("Anna Keller", "+86 21 5990 2581", "anna.keller@orient-auto.example"),
        ]),
        new(SecondSuitable, "Blue Harbor Outdoor 蓝港户外", CustomerTier.Suitable,
        [
            new("Lin Xiao 林晓", "+86 158 5921 3377", "lin.xiao@blueharbor.example"),
        ]),
        new(SecondGeneral, "Zhao Lei 赵磊", CustomerTier.General,
        [
            new("Zhao Lei 赵磊", "+86 189 8012 6543"),
        ]),
    ];
}
