"""The demo site's everyday work over its years: repair work orders, safety inspections with the notices of
what failed, visitors and mail.

The engineering team (the demo technicians and materials list), the shipped checklists and the inspection
schedules go through their services (``prepare``). The records are many and are written in bulk
(``write``): each made as its service makes it and taken through the steps its life allows, at times that
follow one another and end before now, so that the latest ones are still open (an order being worked on, a
round in progress, a notice not yet closed, a visitor inside, a parcel waiting). Numbers are taken in the
order the records were made, gapless per series and year.

Volumes: a work order a year for every 20 units; every building's extinguishers checked monthly, the fire
control room and the night patrol daily, the pump rooms monthly; a visitor a year for every unit and a bit
more than one parcel.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.database import Database
from app.demo import names
from app.demo.site import PlannedUnit, SitePlan
from app.demo.store import Numbers, Store, local_day, offsets
from app.frontdesk.parcels import COMMON_CARRIERS
from app.money import round_fen
from app.permissions import Actor
from app.repairs.materials import demo_materials, load_materials
from app.repairs.settings import deadlines, residents_free_labour
from app.repairs.technicians import demo_technicians, load_technicians
from app.safety.areas import building_name
from app.safety.model import AreaDraft, AreaKind, CheckCategory, Frequency, ScheduleDraft
from app.safety.notices import DEFAULT_NOTICE_DAYS, ENGINEERING
from app.safety.schedules import LOOK_BACK, period_of, save_schedule
from app.safety.templates import install_standard
from db.models import (
    CheckSchedule,
    CheckTemplate,
    FireNotice,
    Inspection,
    InspectionAnswer,
    NoticeStep,
    Parcel,
    RepairMaterial,
    Technician,
    Visitor,
    WorkLine,
    WorkOrder,
    WorkStep,
)

ORDERS_PER_UNIT_YEAR = 1 / 20
RECENT_ORDERS = 3
VISITORS_PER_UNIT_YEAR = 1.0
PARCELS_PER_UNIT_YEAR = 1.2
SITE_ROUNDS = (("XF-FCC", "消防控制室"), ("BA-NIGHT", "小区周界"), ("XF-HYD", "消防水泵房"), ("QJ-WATER", "二次供水泵房"))
BUILDING_ROUND = "XF-EXT"
UNIT_FAULTS = {  # category: (what the customer reported, what was done)
    "plumbing": (("卫生间下水道堵塞", "疏通下水管道"), ("厨房水龙头漏水", "更换水龙头阀芯"), ("马桶水箱不止水", "调整进水阀"),
                 ("阳台地漏反味", "加装防臭地漏芯"), ("热水器进水管接头渗水", "重新缠生料带紧固接头")),
    "electrical": (("户内跳闸，部分插座无电", "排查线路，更换漏电开关"), ("厨房照明灯闪烁", "更换灯管"),
                   ("卧室开关面板松动", "紧固开关面板"), ("空调插座烧黑", "更换插座面板")),
    "doors": (("入户门锁芯卡滞", "清洁润滑锁芯"), ("窗户把手松动", "紧固窗户把手"), ("阳台推拉门滑轮损坏", "更换滑轮")),
    "civil": (("卫生间墙面渗水发霉", "重做防水处理"), ("地砖空鼓开裂", "重新铺贴地砖"), ("天花板吊顶破损", "修补吊顶")),
    "hvac": (("地暖不热", "清洗地暖分水器过滤网"), ("新风系统不出风", "清洗滤网，检查风机")),
    "other": (("信报箱损坏", "更换信报箱门"), ("户内可视对讲无图像", "检修对讲分机")),
}
COMMON_FAULTS = {  # category: (the fault found, what was done, where)
    "lift": (("电梯门关闭迟缓", "调整门机", "{b}座 电梯"), ("电梯按钮失灵", "更换按钮", "{b}座 电梯"),
             ("电梯运行异响", "润滑导轨，紧固部件", "{b}座 电梯")),
    "fire": (("灭火器压力不足", "更换灭火器", "{b}座 {f}层楼道"), ("应急灯不亮", "更换应急灯电池", "{b}座 {f}层楼道"),
             ("消火栓箱门损坏", "更换箱门合页", "{b}座 {f}层楼道")),
    "electrical": (("楼道灯不亮", "更换声控灯", "{b}座 {f}层楼道"), ("车库照明不亮", "更换灯管", "地下车库")),
    "civil": (("外墙瓷砖脱落", "修补外墙", "{b}座 外墙"), ("大堂地面石材破损", "修补石材", "{b}座 大堂")),
    "doors": (("单元门禁无法刷卡", "检修门禁控制器", "{b}座 单元门"), ("防火门闭门器损坏", "更换闭门器", "{b}座 {f}层楼梯间")),
    "plumbing": (("地下室水管渗漏", "更换管段", "{b}座 地下室"), ("雨水井堵塞", "疏通雨水井", "小区中心花园")),
    "other": (("道闸抬杆故障", "检修道闸", "车库入口"), ("岗亭空调不制冷", "检修空调", "小区南门岗亭")),
}
UNIT_CATEGORIES = (("plumbing", 35), ("electrical", 25), ("doors", 15), ("civil", 12), ("hvac", 8), ("other", 5))
COMMON_CATEGORIES = (("electrical", 20), ("lift", 20), ("fire", 15), ("civil", 15), ("doors", 15), ("plumbing", 10),
                     ("other", 5))
PRIORITIES = (("urgent", 5), ("high", 15), ("normal", 60), ("low", 20))
SOURCES = (("phone", 40), ("front_desk", 20), ("in_person", 15), ("self_inspection", 25))
CANCEL_REASONS = ("业主自行修复", "重复报修", "业主取消报修")
FINDINGS = ("现场检查不符合要求", "设备故障，需维修", "记录不完整", "标识缺失或损坏", "有杂物堆放，影响使用", "压力不足")
HOLD_REASONS = ("等待配件到货", "等待业主约定上门时间", "需厂家技术支持")
FOLLOW_UP_NOTES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "维修时间较长", 1: "不满意，已转客服跟进"}
VISIT_PURPOSES = (("探亲访友", 35), ("送货", 15), ("快递", 10), ("装修", 10), ("家政服务", 10), ("维修", 8),
                  ("中介看房", 7), ("其他", 5))
VISIT_COMPANIES = ("顺丰速运", "美团", "京东物流", "链家地产", "我爱我家", "国家电网", "燃气公司", "中国电信", "宽带公司",
                   "家政公司", "装修公司")
ID_TYPES = (("id_card", 88), ("none", 4), ("passport", 3), ("hk_macau", 2), ("taiwan", 1), ("other", 2))
TRACKING = {"顺丰": "SF{:013d}", "京东": "JD{:013d}", "中通": "7{:013d}", "圆通": "YT{:013d}", "韵达": "43{:013d}",
            "申通": "77{:013d}", "极兔": "JT{:013d}", "德邦": "DPK{:012d}", "EMS": "E{:010d}CN", "邮政": "XA{:09d}CN"}
CARRIER_WEIGHTS = {"顺丰": 20, "京东": 18, "中通": 15, "圆通": 12, "韵达": 10, "申通": 8, "极兔": 7, "德邦": 3, "EMS": 4,
                   "邮政": 3}


@dataclass
class Setup:
    """What ``prepare`` made through the services that the records need: the schedules."""

    schedules: list[tuple[str, str, str]]  # checklist code, area kind, area


class Activity:
    """The records of the site's years, made in the generator's unit of work (``write``)."""

    def __init__(self, store: Store, numbers: Numbers, actor: Actor, plan: SitePlan, setup: Setup,
                 rng: random.Random, now: datetime):
        self.store, self.numbers, self.plan, self.setup, self.rng = store, numbers, plan, setup, rng
        self.actor = actor
        self.name = actor.full_name or actor.username
        self.cutoff = now.replace(tzinfo=None) - timedelta(minutes=1)
        self.today = local_day(self.cutoff)
        self.start = plan.start
        self.days = (self.today - self.start).days + 1
        self.staff = {kind: [names.person(rng) for _ in range(count)]
                      for kind, count in (("engineering", 3), ("safety", 3), ("cleaning", 2), ("security", 6),
                                          ("service", 3))}
        self.lived_in = [unit for unit in plan.units if unit.payers]
        self.initials: dict[str, str] = {}  # a name's pinyin initials, worked out once
        self.residential = [unit for unit in self.lived_in if unit.unit_type == "residential"]
        self._offsets: dict[tuple[int, int], list[timedelta]] = {}

    @staticmethod
    def prepare(db: Database, actor: Actor, plan: SitePlan, day: date) -> Setup:
        """The engineering team, the shipped checklists and the inspection schedules, through their services
        (what the site has already is kept)."""
        load_technicians(db, actor, demo_technicians())
        load_materials(db, actor, demo_materials())
        install_standard(db, actor)
        wanted = [(BUILDING_ROUND, AreaKind.BUILDING.value, building.name) for building in plan.buildings]
        has_water = any(building.has_water for building in plan.buildings)
        wanted += [(code, AreaKind.PLANT_ROOM.value, area) for code, area in SITE_ROUNDS
                   if code != "QJ-WATER" or has_water]
        with db.read(actor) as session:
            have = {(code, area) for code, area in session.execute(select(CheckSchedule.template_code,
                                                                          CheckSchedule.area)).all()}
        starts_on = max(plan.start, day - LOOK_BACK + timedelta(days=2))
        schedules = []
        for code, kind, area in wanted:
            name = building_name(area) if kind == AreaKind.BUILDING.value else area
            if (code, name) not in have:
                save_schedule(db, actor, ScheduleDraft(code, AreaDraft(kind, area), starts_on))
            schedules.append((code, kind, name))
        return Setup(schedules)

    def write(self) -> dict[str, int]:
        return {"work_orders": self.work_orders(), **self.inspections(), "visitors": self.visitors(),
                "parcels": self.parcels()}

    # --- times ----------------------------------------------------------------------------------------------
    def at(self, day: date, hour: float) -> datetime:
        """Naive UTC of ``hour`` (a fraction of the day, in the site's clock) on ``day``."""
        key = (day.year, day.month)
        shift = self._offsets.get(key)
        if shift is None:
            shift = self._offsets[key] = offsets(day.year, day.month)
        return datetime(day.year, day.month, day.day) + timedelta(hours=hour) - shift[day.day]

    def random_day(self) -> date:
        return self.start + timedelta(days=self.rng.randrange(self.days))

    def count(self, per_unit_year: float) -> int:
        return max(1, round(len(self.plan.units) * self.days / 365.25 * per_unit_year))

    def occupant(self, day: date, homes: bool = False) -> tuple[PlannedUnit | None, str]:
        """A unit lived in on ``day`` (a home, with ``homes``) and its payer then, drawn at random."""
        units = self.residential if homes else self.lived_in
        for _attempt in range(6):
            if not units:
                break
            unit = self.rng.choice(units)
            payer = unit.payer_on(day)
            if unit.handover and unit.handover <= day and payer != unit.code:
                return unit, payer
        return None, ""

    # --- repairs ----------------------------------------------------------------------------------------------
    def work_orders(self) -> int:
        rng, store = self.rng, self.store
        session = store.session
        due = deadlines(session)
        free_labour = residents_free_labour(session)
        technicians = list(session.execute(select(Technician.id, Technician.name).where(Technician.active.is_(True))))
        materials = list(session.execute(select(RepairMaterial.id, RepairMaterial.name, RepairMaterial.unit,
                                                RepairMaterial.price).where(RepairMaterial.active.is_(True))))
        if not technicians:
            return 0
        buildings = [building.name for building in self.plan.buildings]
        planned = []
        total = self.count(ORDERS_PER_UNIT_YEAR)
        for n in range(total + RECENT_ORDERS):
            if n < total:
                day = self.random_day()
                reported = self.at(day, rng.uniform(7.5, 21.0))
            else:  # a few reported lately, still being seen to
                reported = self.cutoff - timedelta(hours=rng.uniform(0.5, 40))
                day = local_day(reported)
            if reported > self.cutoff - timedelta(minutes=5) or day < self.start:
                continue
            source = pick(rng, SOURCES)
            # Repairs in homes only, where labour is free: a shop's would be charged to its account.
            unit, payer = self.occupant(day, homes=True) if source != "self_inspection" and free_labour \
                else (None, "")
            planned.append((reported, source if unit is not None else "self_inspection", unit, payer))
        planned.sort(key=lambda order: order[0])
        first = store.ids(WorkOrder.__table__, len(planned))
        orders, steps, lines = [], [], []
        for offset, (reported, source, unit, payer) in enumerate(planned):
            order_id = first + offset
            number = self.numbers.take("WX", local_day(reported).year)
            priority = pick(rng, PRIORITIES)
            deadline = due[priority]
            response_due = reported + timedelta(minutes=deadline.respond_minutes)
            completion_due = reported + timedelta(minutes=deadline.complete_minutes)
            if unit is not None:
                category = pick(rng, UNIT_CATEGORIES)
                fault, done = rng.choice(UNIT_FAULTS[category])
                location, reporter, contact = "", payer, next(link.phone for link in unit.links if link.name == payer)
            else:
                category = pick(rng, COMMON_CATEGORIES)
                fault, done, where = rng.choice(COMMON_FAULTS[category])
                location = where.format(b=rng.choice(buildings), f=rng.randint(1, 20))
                reporter, contact = rng.choice(self.staff["engineering"]), ""
            technician_id, technician = rng.choice(technicians)
            values = {"status": "reported", "dispatched_at": None, "started_at": None, "finished_at": None,
                      "accepted_at": None, "accepted_by": "", "followed_up_at": None, "satisfaction": None,
                      "follow_up_note": "", "hold_reason": "", "cancel_reason": "", "technician_id": None}
            life = self._life(rng, reported, response_due, completion_due, technician, reporter, unit is not None)
            order_steps = [("report", "", "reported", reported, "")]
            worked = False
            for action, to_status, when, note in life:
                if when > self.cutoff:
                    break
                order_steps.append((action, values["status"], to_status, when, note))
                values["status"] = to_status
                if action == "dispatch":
                    values["technician_id"], values["dispatched_at"] = technician_id, when
                elif action == "start":
                    values["started_at"] = values["started_at"] or when
                    worked = True
                elif action == "hold":
                    values["hold_reason"] = note
                elif action == "resume":
                    values["hold_reason"] = ""
                elif action == "finish":
                    values["finished_at"] = when
                elif action == "accept":
                    values["accepted_at"], values["accepted_by"] = when, note
                elif action == "follow_up":
                    values["followed_up_at"], values["follow_up_note"] = when, note
                    values["satisfaction"] = next(score for score, text in FOLLOW_UP_NOTES.items() if text == note)
                elif action == "cancel":
                    values["cancel_reason"] = note
            if worked and (values["finished_at"] is not None or rng.random() < 0.5):
                lines.extend(self._work_lines(rng, order_id, done, unit is not None, free_labour, materials))
            orders.append((order_id, number, values["status"], source, unit.id if unit else None, location,
                           category, priority, fault, reporter, contact, store.moment(reported),
                           store.moment(response_due), store.moment(completion_due), values["technician_id"],
                           store.moment(values["dispatched_at"]), store.moment(values["started_at"]),
                           store.moment(values["finished_at"]), store.moment(values["accepted_at"]),
                           values["accepted_by"], store.moment(values["followed_up_at"]), values["satisfaction"],
                           values["follow_up_note"], values["hold_reason"], values["cancel_reason"],
                           self.actor.user_id))
            for action, from_status, to_status, when, note in order_steps:
                recorded = min(when + timedelta(seconds=rng.randint(5, 600)), self.cutoff)
                steps.append((order_id, action, from_status, to_status, store.moment(when), store.moment(recorded),
                              self.name, note))
        store.insert(WorkOrder.__table__, ORDER_COLUMNS, orders)
        store.insert(WorkStep.__table__, STEP_COLUMNS, steps)
        store.insert(WorkLine.__table__, WORK_LINE_COLUMNS, lines)
        return len(orders)

    def _life(self, rng: random.Random, reported: datetime, response_due: datetime, completion_due: datetime,
              technician: str, reporter: str, in_unit: bool) -> list[tuple[str, str, datetime, str]]:
        """The steps an order goes through after its report, each after the one before (not yet cut at now)."""
        minutes = lambda low, high: timedelta(minutes=rng.uniform(low, high))  # noqa: E731
        respond = (response_due - reported).total_seconds() / 60
        complete = (completion_due - reported).total_seconds() / 60
        dispatched = reported + minutes(2, max(3, respond * 0.3))
        if rng.random() < 0.04:
            return [("cancel", "cancelled", dispatched, rng.choice(CANCEL_REASONS))]
        life = [("dispatch", "dispatched", dispatched, technician)]
        late = rng.random() < 0.08
        started = dispatched + minutes(5, max(6, respond * (1.5 if late else 0.6)))
        life.append(("start", "in_progress", started, ""))
        cursor = started
        if rng.random() < 0.05:
            held = cursor + minutes(20, 90)
            resumed = held + minutes(12 * 60, 3 * 24 * 60)
            life += [("hold", "on_hold", held, rng.choice(HOLD_REASONS)), ("resume", "in_progress", resumed, "")]
            cursor = resumed
        finished = cursor + minutes(20, max(30, complete * (1.3 if rng.random() < 0.07 else 0.4)))
        life.append(("finish", "awaiting_acceptance", finished, ""))
        signer = reporter if in_unit else rng.choice(self.staff["service"])
        accepted = finished + minutes(5, 24 * 60)
        life.append(("accept", "completed", accepted, signer))
        if rng.random() < 0.85:
            score = rng.choices((5, 4, 3, 2, 1), (60, 25, 10, 3, 2))[0]
            life.append(("follow_up", "followed_up", accepted + minutes(24 * 60, 5 * 24 * 60), FOLLOW_UP_NOTES[score]))
        return life

    @staticmethod
    def _work_lines(rng: random.Random, order_id: int, done: str, in_unit: bool, free_labour: bool,
                    materials: list) -> list[tuple]:
        """The work recorded: labour (free in a resident's home), and the owner's own material in a unit or the
        list's materials in a common area, neither charged (``app.repairs.work``'s rule)."""
        price = round_fen(rng.choice((30, 50, 80, 100, 120)))
        labour_charged = in_unit and not free_labour
        lines = [(order_id, 1, "labour", done, None, False, "次", 100, int(price * 100), int(price * 100),
                  labour_charged)]
        if in_unit and rng.random() < 0.3:
            lines.append((order_id, 2, "material", "业主自备配件", None, True, "个", 100, 0, 0, False))
        elif not in_unit and materials and rng.random() < 0.6:
            material_id, name, unit, cost = rng.choice(materials)
            quantity = rng.randint(1, 4)
            lines.append((order_id, 2, "material", name, material_id, False, unit, quantity * 100,
                          int(cost * 100), int(cost * 100) * quantity, False))
        return lines

    # --- safety -----------------------------------------------------------------------------------------------
    def inspections(self) -> dict[str, int]:
        rng, store = self.rng, self.store
        session = store.session
        templates = {template.code: template for template in session.scalars(
            select(CheckTemplate).where(CheckTemplate.current.is_(True)))}
        planned = []
        for code, kind, area in self.setup.schedules:
            template = templates.get(code)
            if template is None or not template.active:
                continue
            frequency = Frequency(template.frequency)
            day = self.start
            while day <= self.today:
                first, last = period_of(frequency, day)
                if rng.random() < 0.98:  # one round in a few dozen is missed
                    done = first + timedelta(days=rng.randrange((last - first).days + 1))
                    night = template.category == CheckCategory.SECURITY.value and "NIGHT" in code
                    started = self.at(done, rng.uniform(21.5, 23.0) if night else rng.uniform(8.5, 16.5))
                    if started < self.cutoff:
                        planned.append((started, template, kind, area))
                day = last + timedelta(days=1)
        planned.sort(key=lambda round_: round_[0])
        first_id = store.ids(Inspection.__table__, len(planned))
        inspections, answers, failed = [], [], []
        for offset, (started, template, kind, area) in enumerate(planned):
            inspection_id = first_id + offset
            number = self.numbers.take("XJ", local_day(started).year)
            category = template.category
            inspector = rng.choice(self.staff["safety" if category == "fire" else category])
            cursor, finished, found = started, True, []
            fail_at = rng.randrange(len(template.items)) if rng.random() < 0.03 else -1
            for position, item in enumerate(template.items):
                cursor += timedelta(seconds=rng.randint(40, 240))
                if cursor > self.cutoff:  # the round is going on now
                    finished = False
                    break
                result, note = ("fail", rng.choice(FINDINGS)) if position == fail_at else \
                    ("na", "") if rng.random() < 0.02 else ("pass", "")
                answer_id = store.ids(InspectionAnswer.__table__, 1)
                answers.append((answer_id, inspection_id, item.id, result, note, store.moment(cursor)))
                if result == "fail":
                    found.append((answer_id, item, note))
            ended = cursor + timedelta(seconds=rng.randint(30, 300))
            finished = finished and ended <= self.cutoff
            if finished and category == CheckCategory.FIRE.value:
                failed.extend((answer_id, ended, area, item, note, inspector) for answer_id, item, note in found)
            inspections.append((inspection_id, number, template.id, category, kind, area, None, inspector,
                                store.moment(started), store.moment(ended) if finished else None,
                                "finished" if finished else "in_progress", "", self.name))
        store.insert(Inspection.__table__, INSPECTION_COLUMNS, inspections)
        store.insert(InspectionAnswer.__table__, ANSWER_COLUMNS, answers)
        return {"inspections": len(inspections), "notices": self._notices(failed)}

    def _notices(self, failed: list[tuple]) -> int:
        """The notice of each fire item failed on a finished round, to engineering (every round here is of a
        common area), closed by a re-inspection some days on, unless that is still to come."""
        rng, store = self.rng, self.store
        failed.sort(key=lambda found: found[1])
        first = store.ids(FireNotice.__table__, len(failed))
        notices, steps = [], []
        for offset, (answer_id, issued, area, item, note, inspector) in enumerate(failed):
            notice_id = first + offset
            number = self.numbers.take("ZG", local_day(issued).year)
            deadline = local_day(issued) + timedelta(days=DEFAULT_NOTICE_DAYS)
            requirement = item.requirement or item.text
            finding = (f"{item.system}：{item.text}" + (f"。发现：{note}" if note else ""))[:400]
            signed = issued + timedelta(hours=rng.uniform(0.5, 20))
            closed = issued + timedelta(days=rng.uniform(1, DEFAULT_NOTICE_DAYS - 0.5))
            signer = rng.choice(self.staff["engineering"])
            steps.append((notice_id, "issue", store.moment(issued), store.moment(issued), self.name, ENGINEERING, "",
                          store.day(deadline)))
            signed_at = None
            if signed <= self.cutoff:
                signed_at = signed
                steps.append((notice_id, "sign", store.moment(signed), store.moment(signed), self.name, signer, "",
                              None))
            closed_at = None
            if closed <= self.cutoff and signed_at is not None and closed > signed:
                closed_at = closed
                steps.append((notice_id, "close", store.moment(closed), store.moment(closed), self.name, inspector,
                              "已整改，复查合格", None))
            notices.append((notice_id, number, "closed" if closed_at else "open", answer_id, None, ENGINEERING, "",
                            area, finding, requirement[:300], store.day(deadline), store.moment(issued), self.name,
                            signer if signed_at else "", store.moment(signed_at), store.moment(closed_at)))
        store.insert(FireNotice.__table__, NOTICE_COLUMNS, notices)
        store.insert(NoticeStep.__table__, NOTICE_STEP_COLUMNS, steps)
        return len(notices)

    # --- the front desk ---------------------------------------------------------------------------------------
    def visitors(self) -> int:
        rng, store = self.rng, self.store
        planned = []
        for _n in range(self.count(VISITORS_PER_UNIT_YEAR)):
            day = self.random_day()
            time_in = self.at(day, rng.uniform(8.0, 21.0))
            if time_in <= self.cutoff:
                planned.append((time_in, day))
        planned.sort()
        rows, badges_inside = [], set()
        for time_in, day in planned:
            number = self.numbers.take("FK", local_day(time_in).year)
            unit, payer = self.occupant(day)
            host = payer if unit is not None and rng.random() < 0.7 else names.person(rng)
            id_type = pick(rng, ID_TYPES)
            tail = "" if id_type == "none" else \
                f"{rng.randrange(1000):03d}X" if id_type == "id_card" and rng.random() < 0.1 else \
                f"{rng.randrange(10 ** 6):06d}"[-rng.choice((4, 4, 4, 6)):]
            time_out = time_in + timedelta(minutes=rng.uniform(10, 240))
            if time_out > self.cutoff:
                time_out = None
            badge = f"F{rng.randint(1, 200):03d}" if rng.random() < 0.3 else ""
            if time_out is None and badge:
                if badge in badges_inside:
                    badge = ""
                badges_inside.add(badge)
            people = rng.choices((1, 2, 3, 4), (80, 15, 4, 1))[0]
            name = names.person(rng)
            rows.append((number, name, id_type, tail,
                         rng.choice(VISIT_COMPANIES) if rng.random() < 0.25 else "", unit.id if unit else None, host,
                         pick(rng, VISIT_PURPOSES), people, badge, names.mobile(rng) if rng.random() < 0.7 else "",
                         store.moment(time_in), store.moment(time_out), self.name,
                         names.initials(name, self.initials)))  # what the search reads (search_keys.initials_of)
        store.insert(Visitor.__table__, VISITOR_COLUMNS, rows)
        return len(rows)

    def parcels(self) -> int:
        rng, store = self.rng, self.store
        planned = []
        for _n in range(self.count(PARCELS_PER_UNIT_YEAR)):
            day = self.random_day()
            arrived = self.at(day, rng.uniform(8.0, 20.0))
            if arrived <= self.cutoff:
                planned.append((arrived, day))
        planned.sort()
        carriers = [carrier for carrier in COMMON_CARRIERS if carrier in TRACKING]
        weights = [CARRIER_WEIGHTS[carrier] for carrier in carriers]
        rows = []
        for arrived, day in planned:
            number = self.numbers.take("YJ", local_day(arrived).year)
            letter = rng.random() < 0.15
            carrier = rng.choices(carriers, weights)[0] if not letter else rng.choice(("邮政", "EMS"))
            registered = rng.random() < (0.3 if letter else 0.05)
            tracking = "" if letter and not registered else TRACKING[carrier].format(rng.randrange(10 ** 9))
            unit, payer = self.occupant(day)
            recipient = payer if unit is not None and rng.random() < 0.8 else names.person(rng)
            notified = arrived + timedelta(minutes=rng.uniform(1, 30)) if rng.random() < 0.9 else None
            picked = arrived + timedelta(hours=min(240.0, rng.expovariate(1 / 20)) + 0.2)
            if notified is not None and notified > self.cutoff:
                notified = None
            if picked > self.cutoff:
                picked = None
            collector = (recipient if rng.random() < 0.8 else names.person(rng)) if picked else ""
            rows.append((number, "letter" if letter else "parcel", carrier, tracking.upper(), unit.id if unit else None,
                         recipient, registered, store.moment(arrived), self.name, store.moment(notified),
                         store.moment(picked), collector, self.name if picked else "",
                         names.initials(recipient, self.initials)))
        store.insert(Parcel.__table__, PARCEL_COLUMNS, rows)
        return len(rows)


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([value for value, _w in weighted], [weight for _v, weight in weighted])[0]


ORDER_COLUMNS = ("id", "number", "status", "source", "unit_id", "location", "category", "priority", "description",
                 "reporter", "contact", "reported_at", "response_due", "completion_due", "technician_id",
                 "dispatched_at", "started_at", "finished_at", "accepted_at", "accepted_by", "followed_up_at",
                 "satisfaction", "follow_up_note", "hold_reason", "cancel_reason", "created_by")
STEP_COLUMNS = ("order_id", "action", "from_status", "to_status", "at", "recorded_at", "by_name", "note")
WORK_LINE_COLUMNS = ("order_id", "position", "kind", "description", "material_id", "owner_supplied", "unit",
                     "quantity", "price", "amount", "charged")
INSPECTION_COLUMNS = ("id", "number", "template_id", "category", "area_kind", "area", "unit_id", "inspector",
                      "started_at", "finished_at", "status", "note", "recorded_by")
ANSWER_COLUMNS = ("id", "inspection_id", "item_id", "result", "note", "answered_at")
NOTICE_COLUMNS = ("id", "number", "status", "answer_id", "unit_id", "recipient", "recipient_phone", "area", "finding",
                  "requirement", "deadline", "issued_at", "issued_by", "signed_by", "signed_at", "closed_at")
NOTICE_STEP_COLUMNS = ("notice_id", "action", "at", "recorded_at", "by_name", "person", "note", "deadline")
VISITOR_COLUMNS = ("number", "name", "id_type", "id_tail", "company", "unit_id", "host", "purpose", "people", "badge",
                   "phone", "time_in", "time_out", "recorded_by", "initials")
PARCEL_COLUMNS = ("number", "kind", "carrier", "tracking", "unit_id", "recipient", "registered", "arrived_at",
                  "logged_by", "notified_at", "picked_up_at", "picked_up_by", "handed_by", "initials")
