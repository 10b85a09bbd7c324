using Bot.Domain.Customers;

namespace Bot.Data.Demo;

internal static class DemoCustomers
{
    public const string KeyAccount = "CUST-1001";
    public const string Suitable = "CUST-1002";
    public const string General = "CUST-1003";

    /// <summary>The AAD object id of the key account's Teams contact, so that Teams demos see private details.</summary>
    public const string KeyAccountContactAadObjectId = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

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
    ];
}
