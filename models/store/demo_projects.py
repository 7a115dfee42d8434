"""示例数据, projects part: the pipeline from lead to production, contracts, funds, land, leads, problems."""

from __future__ import annotations

import datetime as dt

from models import Contract, FundsEntry, Person, Problem, Project, ProjectLead, StageEvent, Unit
from models.store.demo_names import INDUSTRIES, PROJECT_WORDS, RIVALS
from models.vocab import STRATEGIC_EMERGING

LAST_DAY = dt.date(2020, 12, 31)
YEARS = (2019, 2020)


class ProjectDemo:
    """Mixed into the demo builder, which provides rng, units, leaders, enterprises, events."""

    def _projects(self) -> None:
        for n, unit in enumerate(self.units):
            if unit.kind == "city_dept":
                continue
            leaders = [ldr.person for ldr in self.leaders[unit.id]]
            for year in YEARS:
                for i in range(self.rng.randint(10, 16)):
                    self._project(unit, year, i, n, leaders)
            self._leads(unit)

    def _project(self, unit: Unit, year: int, i: int, n: int, leaders: list[Person]) -> None:
        rng = self.rng
        enterprise = rng.choice(self.enterprises)
        industry = rng.choices(
            ("industry", "service", "agriculture", "infrastructure", "real_estate", "town", "ppp"),
            weights=(60, 15, 6, 6, 6, 4, 3),
        )[0]
        # Mostly 0.5–20亿; a few big ones; one exactly 5亿 to show "5亿 is not over 5亿".
        total = rng.choice((5000, 8000, 12000, 20000, 30000, 60000, 100000, 200000))
        if i == 0 and n % 4 == 0:
            total = 50000
        if i == 1 and n % 3 == 0:
            total = rng.choice((350000, 600000))
        lead_date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
        outcome = rng.choices(
            ("lead", "negotiating", "signed", "started", "production", "terminated"),
            weights=(10, 15, 20, 25, 20, 5),
        )[0]
        chain = INDUSTRIES[(i + n) % len(INDUSTRIES)][1]
        word = rng.choice(PROJECT_WORDS["project"])
        name = f"{enterprise.name.replace('有限公司', '').replace('股份', '')}{word}项目"
        while name in self.project_names:
            name = name.removesuffix("项目") + "二期项目"
        self.project_names.add(name)
        project = Project.create(
            name=name,
            unit=unit,
            enterprise=enterprise,
            content=f"建设{word}生产线及配套设施",
            total_investment_wan=total,
            industry_category=industry,
            chain=chain,
            strategic_emerging=rng.choice(list(STRATEGIC_EMERGING)) if rng.random() < 0.4 else None,
            foreign_funded=enterprise.region == "abroad" or rng.random() < 0.05,
            source_region=enterprise.region,
            source_city=enterprise.city,
            returnee=rng.random() < 0.15,
            alumni=rng.random() < 0.08,
            commissioned=rng.random() < 0.1,
            event=rng.choice(self.events) if rng.random() < 0.3 else None,
            lead_leader=rng.choice(leaders),
            team=f"{unit.name}招商局项目专班",
            plan="一月一调度，专人跟踪服务",
            is_key=total >= 100000,
            needs_land=industry == "industry" and rng.random() < 0.7,
            site=f"{unit.name}{rng.choice(('经济开发区', '工业园', '产业园'))}",
            land_area_mu=rng.choice((30, 50, 80, 120, 200)),
            stage="lead",
            lead_date=lead_date,
        )
        StageEvent.create(project=project, stage="lead", date=lead_date)
        day = lead_date
        steps = ("negotiating", "signed", "started", "production")
        target = outcome if outcome != "terminated" else rng.choice(("lead", "negotiating"))
        for stage in steps[: steps.index(target) + 1] if target != "lead" else ():
            day = day + dt.timedelta(days=rng.randint(20, 90))
            if day > LAST_DAY:
                break
            self._advance(project, stage, day)
        if outcome == "terminated":
            day = min(day + dt.timedelta(days=rng.randint(30, 90)), LAST_DAY)
            project.stage = "terminated"
            project.terminated_date = day
            project.terminated_reason = rng.choice(
                ("企业投资计划调整", "要素条件未谈拢", "企业经营困难")
            )
            project.rival_location = rng.choice(RIVALS)
            StageEvent.create(
                project=project, stage="terminated", date=day, reason=project.terminated_reason
            )
        project.save()
        if project.signed_date and rng.random() < 0.3:
            Problem.create(
                project=project,
                raised_date=project.signed_date + dt.timedelta(days=20),
                description=rng.choice(PROJECT_WORDS["problem"]),
                owner=f"{unit.name}自然资源和规划局",
                resolved_date=(project.signed_date + dt.timedelta(days=80))
                if rng.random() < 0.5
                else None,
            )

    def _advance(self, project: Project, stage: str, day: dt.date) -> None:
        rng = self.rng
        project.stage = stage
        StageEvent.create(project=project, stage=stage, date=day)
        if stage == "negotiating":
            project.negotiating_date = day
            if rng.random() < 0.5:
                Contract.create(
                    project=project,
                    kind=rng.choice(("intent", "framework")),
                    signed_date=day,
                    amount_wan=project.total_investment_wan,
                )
        elif stage == "signed":
            project.signed_date = day
            Contract.create(
                project=project,
                kind="formal",
                signed_date=day,
                amount_wan=project.total_investment_wan,
            )
            if rng.random() < 0.1:
                extra = day + dt.timedelta(days=rng.randint(30, 120))
                if extra <= LAST_DAY:
                    Contract.create(
                        project=project,
                        kind="formal",
                        signed_date=extra,
                        supplementary=True,
                        amount_wan=project.total_investment_wan // 5,
                        note="补充合同：追加投资",
                    )
            if project.needs_land:
                # Land due six months after signing: most in time, some late, some not yet.
                roll = rng.random()
                if roll < 0.6:
                    project.land_date = day + dt.timedelta(days=rng.randint(30, 170))
                elif roll < 0.8:
                    project.land_date = day + dt.timedelta(days=rng.randint(200, 300))
                if project.land_date and project.land_date > LAST_DAY:
                    project.land_date = None
            self._funds(project, day)
        elif stage == "started":
            project.started_date = day
            if rng.random() < 0.8:
                project.started_in_db_date = min(
                    day + dt.timedelta(days=rng.randint(10, 60)), LAST_DAY
                )
                StageEvent.create(
                    project=project, stage="started_in_db", date=project.started_in_db_date
                )
        elif stage == "production":
            project.production_date = day
            if rng.random() < 0.7:
                project.production_in_db_date = min(
                    day + dt.timedelta(days=rng.randint(10, 60)), LAST_DAY
                )
                StageEvent.create(
                    project=project, stage="production_in_db", date=project.production_in_db_date
                )

    def _funds(self, project: Project, signed: dt.date) -> None:
        total = project.total_investment_wan
        remaining = int(total * self.rng.choice((0.2, 0.4, 0.6, 0.9)))
        day = signed
        while remaining > 0:
            day = day + dt.timedelta(days=self.rng.randint(20, 75))
            if day > LAST_DAY:
                break
            amount = min(remaining, max(100, int(total * self.rng.choice((0.05, 0.1, 0.2)))))
            FundsEntry.create(
                project=project,
                date=day,
                amount_wan=amount,
                proof_type=self.rng.choice(
                    ("bank_slip", "bank_slip", "capital_report", "equipment_list")
                ),
                verified=self.rng.random() < 0.7,
            )
            remaining -= amount

    def _leads(self, unit: Unit) -> None:
        others = [u for u in self.units if u.id != unit.id]
        for year in YEARS:
            for _ in range(self.rng.randint(2, 5)):
                received = dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 330))
                deadline = received + dt.timedelta(days=30)
                answered = self.rng.random() < 0.75
                ProjectLead.create(
                    received_date=received,
                    source=self.rng.choice(
                        ("市招商局转办", "商会推荐", "驻外招商联络处", "校友会")
                    ),
                    description=f"{self.rng.choice(self.enterprises).name}有意在鄂西北布局生产基地",
                    assigned_unit=unit,
                    shared_by_unit=self.rng.choice(others) if self.rng.random() < 0.2 else None,
                    feedback_deadline=deadline,
                    feedback_date=received + dt.timedelta(days=self.rng.randint(5, 40))
                    if answered
                    else None,
                    feedback="已对接，企业正在比选选址" if answered else "",
                )
