"""Realistic Chinese names, companies and phone numbers for the demo site, drawn from a seeded ``random.Random``.

Surnames come by their frequency in the population (the hundred commonest cover about 85% of people; the
weights are per ten thousand, rounded); given names are one or two characters, chosen from the characters
most used in given names of men and of women. Phones are mainland mobile numbers: 1, a digit 3 to 9, and
nine more digits, eleven in all, with the prefixes the carriers hand out.
"""

import random

from app.accounts.register import party_initials

SURNAMES = (  # surname, people per ten thousand
    ("王", 710), ("李", 700), ("张", 670), ("刘", 540), ("陈", 450), ("杨", 310), ("黄", 220), ("赵", 200),
    ("吴", 190), ("周", 190), ("徐", 130), ("孙", 120), ("马", 120), ("朱", 110), ("胡", 100), ("郭", 97),
    ("何", 90), ("高", 90), ("林", 90), ("罗", 80), ("郑", 80), ("梁", 70), ("谢", 60), ("宋", 50), ("唐", 50),
    ("许", 50), ("韩", 50), ("冯", 50), ("邓", 50), ("曹", 50), ("彭", 40), ("曾", 40), ("肖", 40), ("田", 40),
    ("董", 40), ("袁", 40), ("潘", 35), ("于", 35), ("蒋", 35), ("蔡", 35), ("余", 30), ("杜", 30), ("叶", 30),
    ("程", 30), ("苏", 30), ("魏", 30), ("吕", 30), ("丁", 30), ("任", 30), ("沈", 30), ("姚", 25), ("卢", 25),
    ("姜", 25), ("崔", 25), ("钟", 25), ("谭", 25), ("陆", 20), ("汪", 20), ("范", 20), ("金", 20), ("石", 20),
    ("廖", 20), ("贾", 20), ("夏", 20), ("韦", 20), ("付", 20), ("方", 20), ("白", 20), ("邹", 20), ("孟", 20),
    ("熊", 20), ("秦", 20), ("邱", 20), ("江", 20), ("尹", 20), ("薛", 20), ("闫", 15), ("段", 15), ("雷", 15),
    ("侯", 15), ("龙", 15), ("史", 15), ("陶", 15), ("黎", 15), ("贺", 15), ("顾", 15), ("毛", 15), ("郝", 15),
    ("龚", 15), ("邵", 15), ("万", 15), ("钱", 15), ("严", 15), ("覃", 10), ("武", 10), ("戴", 10), ("莫", 10),
    ("孔", 10), ("向", 10), ("汤", 10), ("常", 8), ("温", 8), ("康", 8), ("施", 8), ("文", 8), ("牛", 8),
    ("樊", 8), ("葛", 8), ("邢", 8), ("安", 6), ("齐", 6), ("易", 6), ("乔", 6), ("伍", 6), ("庞", 6), ("颜", 6),
    ("倪", 6), ("庄", 6), ("聂", 6), ("章", 6), ("鲁", 5), ("岳", 5), ("翟", 5), ("殷", 5), ("詹", 5), ("申", 5),
    ("欧阳", 3), ("上官", 1), ("司马", 1), ("诸葛", 1), ("东方", 1),
)
MALE = ("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "斌",
        "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建", "国", "峰", "亮", "成", "东",
        "文", "志", "海", "晨", "博", "昊", "然", "轩", "睿", "泽", "子", "豪", "航", "瑞", "嘉", "一", "梓", "晓",
        "新", "永", "庆", "春", "德", "忠", "振", "兵", "毅", "铭", "宏", "卫", "学", "光", "天", "家")
FEMALE = ("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "英", "婷", "玲", "桂", "兰", "燕", "红", "梅",
          "慧", "琳", "洁", "雪", "倩", "颖", "琴", "云", "萍", "莉", "欣", "怡", "佳", "悦", "雨", "思", "涵",
          "诗", "晴", "可", "馨", "梦", "瑶", "雅", "璐", "蕾", "薇", "月", "晶", "凤", "彤", "冰", "露", "春",
          "文", "晓", "丹", "宁", "媛", "淑", "珍", "美", "子")

COMPANY_WORDS = ("华", "鑫", "瑞", "恒", "盛", "源", "泰", "达", "嘉", "宏", "博", "金", "中", "天", "永", "福", "美",
                 "佳", "兴", "隆", "鼎", "汇", "信", "和", "润", "祥", "远", "通", "新", "丰", "荣", "安", "益", "康")
TRADES = ("贸易", "商贸", "餐饮管理", "超市", "便利店", "医药连锁", "文化传媒", "网络科技", "教育咨询", "房地产经纪",
          "美容美发", "烘焙食品", "洗衣服务", "家政服务", "眼镜", "通信器材", "五金建材", "茶叶")
SHOP_KINDS = ("面馆", "水果店", "便利店", "药店", "理发店", "干洗店", "五金店", "烟酒店", "早餐店", "花店", "快餐店",
              "母婴店", "宠物店", "彩票店", "房产中介")
MOBILE_PREFIXES = (  # prefix, weight: the commonest carriers' ranges
    ("138", 9), ("139", 9), ("137", 6), ("136", 6), ("135", 6), ("134", 4), ("150", 5), ("151", 5), ("152", 4),
    ("157", 3), ("158", 5), ("159", 5), ("182", 4), ("183", 4), ("187", 5), ("188", 4), ("130", 5), ("131", 4),
    ("132", 4), ("155", 4), ("156", 4), ("185", 4), ("186", 5), ("133", 4), ("153", 3), ("180", 4), ("181", 3),
    ("189", 4), ("177", 3), ("173", 2), ("176", 2), ("178", 2), ("199", 3), ("198", 2), ("191", 1), ("166", 2),
    ("147", 1), ("195", 1), ("193", 1), ("175", 1), ("170", 1), ("171", 1), ("172", 1), ("196", 1), ("197", 1),
)

_SURNAME_TEXT = tuple(name for name, _weight in SURNAMES)
_SURNAME_CUMULATIVE = []
_PREFIX_TEXT = tuple(prefix for prefix, _weight in MOBILE_PREFIXES)
_PREFIX_CUMULATIVE = []
for _table, _cumulative in ((SURNAMES, _SURNAME_CUMULATIVE), (MOBILE_PREFIXES, _PREFIX_CUMULATIVE)):
    _total = 0
    for _text, _weight in _table:
        _total += _weight
        _cumulative.append(_total)


def person(rng: random.Random, female: bool | None = None) -> str:
    """A person's name: a surname by its frequency, then one given character (three names in ten) or two."""
    surname = rng.choices(_SURNAME_TEXT, cum_weights=_SURNAME_CUMULATIVE)[0]
    female = rng.random() < 0.5 if female is None else female
    pool = FEMALE if female else MALE
    if rng.random() < 0.3:
        return surname + rng.choice(pool)
    first = rng.choice(pool)
    second = rng.choice(pool)
    while second == first and rng.random() < 0.8:  # 丽丽 and 婷婷 exist, but seldom
        second = rng.choice(pool)
    return surname + first + second


def company(rng: random.Random) -> str:
    """A shop's owner when it is a company: ``鑫源贸易有限公司``, or a sole trader's shop: ``张记面馆``."""
    if rng.random() < 0.35:
        return rng.choices(_SURNAME_TEXT[:60], cum_weights=_SURNAME_CUMULATIVE[:60])[0] + "记" + rng.choice(SHOP_KINDS)
    first, second = rng.sample(COMPANY_WORDS, 2)
    return f"{first}{second}{rng.choice(TRADES)}有限公司"


def mobile(rng: random.Random) -> str:
    """A mainland mobile number: eleven digits, 1[3-9]x and eight more."""
    prefix = rng.choices(_PREFIX_TEXT, cum_weights=_PREFIX_CUMULATIVE)[0]
    return f"{prefix}{rng.randrange(100_000_000):08d}"


def landline(rng: random.Random) -> str:
    """A company's office line in the site's city."""
    return f"0571-8{rng.randrange(10_000_000):07d}"


def initials(name: str, cache: dict[str, str]) -> str:
    """The pinyin initials the register stores for ``name`` (``app.accounts.register.party_initials``), worked
    out once per distinct name."""
    found = cache.get(name)
    if found is None:
        found = cache[name] = party_initials(name)
    return found
