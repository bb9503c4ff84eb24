"""holdout1046: builds the ten draft contracts from the sources below, writes their .json labels and asserts the checks
(lengths, thresholds, rules derived from the labels by policy section 3 against the design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
DRAFTS = []


def draft(**kw):
    DRAFTS.append(kw)

Z01 = """T:宗教事务管理平台软件许可及定制开发合同
P:合同编号：MZJ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民族宗教事务局
P:乙方（供应商）：某某数智信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方经协商一致，就甲方宗教事务管理平台的软件许可及定制开发项目订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供宗教事务管理平台软件（以下简称"平台"）的永久使用许可，包括宗教活动场所信息管理、宗教教职人员备案、大型宗教活动审批、捐赠收支公示、安全隐患巡查五个业务模块，以及统一用户、统一身份认证组件。
P:1.2 乙方按甲方需求规格说明书完成定制开发，包括与全市政务服务网的事项办理接口、与电子证照库的证照调用接口、面向区县宗教干部的移动端巡查应用以及领导驾驶舱统计报表二十张。
P:1.3 乙方负责平台在甲方政务云资源上的部署、历史数据迁移（约一万二千条场所和人员记录）、联调测试、试运行保障，并对甲方业务人员和系统管理员进行培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），为固定总价，含税，其中：平台软件许可费¥720,000；定制开发费¥548,000；实施部署及数据迁移费¥142,000；培训费¥58,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件授权、税费等一切费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款按财政国库集中支付程序办理，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初步验收申请，在初步验收合格后连续试运行六十日。
P:4.2 乙方应提交项目实施方案、需求规格说明书、设计文档、接口说明、源代码、测试报告、用户手册和运维手册。
P:4.3 乙方应配备项目经理一名、开发人员不少于六名常驻甲方现场，项目经理未经甲方同意不得更换。乙方应在合同签订后十日内向甲方提交履约保证金，金额为合同总价的5%，最终验收合格后无息退还。
P:4.4 培训内容包括业务操作、系统管理、安全运维三部分，培训人数不少于八十人次，培训教材和课件交甲方留存使用。
H:第五条 验收
P:5.1 验收分为初步验收和最终验收，由甲方组织，可邀请专家及第三方测评机构参加，验收依据为本合同、招标文件、乙方投标文件及经甲方确认的需求规格说明书。
P:5.2 验收标准：（一）全部功能点逐项测试通过；（二）迁移数据经全量比对无差错；（三）在三百个并发用户条件下，常用查询响应时间不超过两秒，统计报表生成不超过五秒；（四）通过第三方机构的网络安全等级保护测评及商用密码应用安全性评估；（五）试运行期间未出现一级故障。
P:5.3 验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证及售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%；一级故障（平台整体不可用或审批业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到上述服务水平的，每迟延响应或恢复一小时，甲方可扣减履约保证金人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
P:6.4 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥57,600），该标准自质保期满起三年内不上调，维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方或其许可方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其所属区县宗教工作部门。
P:7.2 本项目定制开发形成的接口程序、移动端应用、报表模板及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，因侵权引起的全部责任由乙方承担。
H:第八条 数据安全
P:8.1 平台中的场所、人员、活动审批及捐赠等全部业务数据属于甲方所有。乙方仅为履行本合同之目的处理数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，按照等级保护第三级的要求落实访问控制、加密传输、操作审计等安全措施；运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并于1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、内部资料和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方交付的软件存在质量问题，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包与转包
P:乙方不得将本合同项下的任何工作转包或分包给第三方。乙方违反本条约定的，甲方有权解除合同，并要求乙方赔偿由此造成的全部损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及需求规格说明书为本合同组成部分，与本合同具有同等效力。
P:14.2 双方指定的项目联系人负责日常沟通，一方变更联系人或联系方式的，应提前三个工作日书面通知对方；通过电子邮件发送的通知，以进入对方指定系统之日为送达日。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　　乙方（盖章）：________
P:签订日期：2026年11月20日
"""
draft(key="z01", name="h1046z01_ethnic_religious_affairs_platform.pdf", fmt="pdf", src=Z01, lang="zh",
      category="software", kind="goods_or_licence",
      terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                 liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                 warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1468000),
      tco=dict(fee_base=720000), design=[])
Z02 = """T:生产线控制系统改造合同
P:合同编号：QPQ-JG-2026-032
P:甲方：某某电动起泡器制造有限公司
P:乙方：某某智能装备工程有限公司
P:甲方为提升电动奶泡器、起泡器装配线和包装线的自动化水平，委托乙方对其三条总装线和一条包装线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为可编程控制器（PLC）系统，新增触摸屏人机界面、伺服压装单元和电机性能视觉检测工位，并部署产线控制软件，实现工单下发、工艺参数管理、不良品追溯和产量看板。
P:1.2 乙方负责定制开发与甲方现有ERP系统的工单接口及与条码打印系统的接口，完成设备安装、接线、调试、试生产保障和操作培训。
P:1.3 改造应在甲方安排的停线窗口内分线实施，每条线停线不超过七日，不影响其他产线正常生产。
P:1.4 乙方所供设备应为全新、原厂正品，主要部件的品牌、型号和产地以技术协议所列为准；未经甲方书面同意，乙方不得以其他品牌或型号替代。
P:1.5 乙方应对改造前的原有控制程序和工艺参数进行完整备份，并在每条线改造完成后提供新旧参数对照表，确保产品工艺不因改造而改变。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾柒万元整（¥1,570,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块）|4套|486,000
TB:2|触摸屏人机界面|12台|158,000
TB:3|伺服压装单元|8套|312,000
TB:4|视觉检测工位|4套|126,000
TB:5|产线控制软件许可（永久）|1套|154,000
TB:|设备及软件小计||1,236,000
TB:6|改造安装及调试|1项|214,000
TB:7|ERP及条码接口定制开发|1项|96,000
TB:8|操作及维护培训|1项|24,000
TB:|合计||1,570,000
P:2.2 上述价格为固定价格，包含设备运输、保险、安装辅材、调试及乙方人员费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 四条产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成全部设备到货，在到货后六十日内完成四条产线的改造和调试。
P:4.2 乙方应在进场前提交施工组织方案和停线切换计划，经甲方设备部审核同意后实施；切换计划应包含回退方案，确保改造失败时能在八小时内恢复原有控制方式生产。
P:4.3 乙方现场人员应遵守甲方的安全生产、防火、防静电和劳动纪律规定，动火、登高和带电作业须办理甲方作业许可。因乙方人员违章作业造成的人身伤害和财产损失由乙方承担。
P:4.4 乙方应提交电气原理图、PLC程序、触摸屏组态文件、接口源代码、设备说明书和操作规程。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十五个班次，由甲方生产部、设备部和质量部共同验收。
P:5.2 验收标准：（一）各线节拍不低于每分钟十八台；（二）伺服压装力值偏差不超过±2%；（三）视觉检测漏检率不高于千分之二，以甲方质量部抽样一千台确认；（四）工单、追溯数据与ERP一致；（五）试生产期间无因控制系统导致的停线。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收。产线投入试生产或甲方支付到货款，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件缺陷修复。
P:6.2 质保期内，一级故障（整线停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位故障）2小时内响应，24小时内解决。
P:6.3 乙方每迟延响应或到场一小时，甲方可从质保金或应付款中扣减人民币800元。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的9%计取（即每年¥111,240），自质保期满起三年内不上调，包括季度巡检、备件优先供应和远程支持。
P:6.5 乙方承诺改造所用主要部件在最终验收后八年内持续供应备件，如原厂停产，乙方应提前六个月通知甲方并提供兼容替代方案，替代所需的软件修改由乙方免费完成。
P:6.6 乙方应为甲方培训设备维护人员不少于二十人次，使其能够完成常见故障的判断、参数备份恢复和部件更换。
H:第七条 知识产权
P:7.1 产线控制软件的原有知识产权归乙方所有，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC程序、组态文件、接口程序及其源代码归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 产线生产数据、工艺参数、质量追溯数据属于甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方审批，使用甲方提供的专用通道并全程记录；乙方应落实病毒防护和访问控制措施。发生数据泄露或被篡改的，乙方应在2小时内通知甲方，并承担由其原因造成的损失。
H:第九条 保密
P:乙方对甲方的工艺文件、产品图纸、产量及成本信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 因乙方施工造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:10.4 乙方所供设备或软件经整改后仍不能达到第五条验收标准的，甲方有权要求乙方更换相关设备并重新调试，由此增加的费用和延误的工期由乙方承担，逾期违约金按第10.1款继续计算。
P:10.5 乙方违反第八条、第九条约定的，应赔偿甲方因此遭受的全部损失，包括甲方为处理该事件支出的合理调查费用和律师费。
H:第十一条 分包
P:乙方可将电气安装、布线等辅助工作分包给具备相应资质的单位，但应在进场前五个工作日以书面形式通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十二条 合同的履行与变更
P:12.1 本合同生效后，任何一方均不得单方解除合同。一方违约的，守约方有权要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
P:12.2 合同内容的变更须经双方书面确认。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方协商延期履行。不可抗力事件消除后，受影响一方应立即恢复履行，并采取措施减少损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、设备清单、验收测试方案和停线切换计划为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。乙方交付的全部文档应为中文，纸质版一式三份并附电子版。
P:甲方（盖章）：________　　乙方（盖章）：________
"""
draft(key="z02", name="h1046z02_frother_factory_line_control_retrofit.docx", fmt="docx", src=Z02, lang="zh",
      category="hardware", kind="goods_or_licence",
      terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                 liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                 warranty_months=18, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
                 termination_for_breach=False, subcontract_without_consent=True, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1570000),
      tco=dict(fee_base=1236000), design=["CR-SUBCONTRACT", "CR-TERMINATION"])
Z03 = """预约及会员管理SaaS服务合同

合同编号：KQ-SaaS-2026-08

甲方：某某口琴艺术培训连锁有限公司
乙方：某某云课信息科技有限公司

甲方在全国经营三十家口琴培训门店，为统一管理课程预约、会员储值、教师排课和学员档案，拟采购乙方的预约及会员管理SaaS服务，并由乙方完成系统实施。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店提供预约及会员管理SaaS服务，功能包括：课程与教室排期、学员在线预约和签到、会员卡及储值管理、教师课时统计、家长端小程序消息通知、营销优惠券和经营报表。
2. 每家门店开通不超过十五个员工账号，学员和家长端账号数量不限。
3. 服务期内乙方免费提供版本升级，新增的通用功能自动向甲方开放。版本升级不得导致甲方已使用的功能减少或数据丢失，重大升级应提前十日通知甲方并在非营业时段进行。
4. 系统应支持甲方总部统一查看三十家门店的经营数据，并按门店、区域分别设置管理权限。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系、价格体系和权限角色的设置。
2. 乙方负责将甲方现有表格及旧系统中约两万一千名学员档案、会员余额和剩余课时迁移至本系统。
3. 乙方负责开发与甲方财务软件的收款数据对接接口，并对三十家门店的店长和前台人员进行培训。
4. 培训采用集中授课与门店现场辅导相结合的方式，每家门店现场辅导不少于半天，乙方应提供操作手册和常见问题视频，并在上线后第一个月安排专人在线值守答疑。

二、服务期限
（一）服务期为两个服务年度，自实施验收合格之日起计算，每个服务年度为自起算日起的连续三百六十五日。
（二）服务期满，本合同终止，不自动续期。甲方如需继续使用，双方另行协商并签订新合同。

三、合同价款及支付
（一）合同总额为人民币肆拾玖万肆仟元整（¥494,000），含税，其中：
1. 订阅服务费：每家门店每个服务年度人民币6,800元，三十家门店每个服务年度共计人民币204,000元，两个服务年度合计人民币408,000元；
2. 一次性实施费：人民币86,000元。
（二）实施费在实施验收合格后十五个工作日内一次性支付。
（三）订阅服务费按季度支付，每个季度结束后十个工作日内，甲方根据乙方提交的季度服务报告和发票支付当季费用人民币51,000元。
（四）服务期内门店数量增加的，新增门店按同一单价按月折算计费；门店关闭的，自关闭次月起相应减少费用。
（五）乙方应在每次收款前开具合法有效的增值税发票，发票不合格的，甲方付款期限相应顺延。服务费不因乙方版本升级、功能调整而增加。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交验收申请。
（二）验收标准：
1. 合同约定的功能逐项测试通过；
2. 迁移的学员档案、会员余额和剩余课时经抽样及总额核对，差错为零；
3. 财务接口连续十个营业日收款数据与门店实收一致；
4. 在三十家门店同时营业的高峰时段，预约和签到操作响应时间不超过两秒。
（三）甲方在收到验收申请后十个工作日内组织验收，验收合格的签署验收报告；不合格的，乙方应在七日内整改后重新验收。门店开始使用系统不视为验收合格。
（四）乙方逾期完成实施的，每逾期一日按合同总额的千分之一向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、签到或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：工作日内8小时响应。
（三）乙方应提供电话、在线客服和工单三种报障渠道，一级、二级故障须支持全天候报障，乙方应在每季度结束后五个工作日内提交服务报告，列明可用率、故障处理情况和改进措施。
（四）月度可用率低于承诺值的，乙方按当月订阅服务费的5%向甲方提供服务抵扣；一级故障未按时恢复的，每超过一小时再抵扣当月订阅服务费的2%，当月抵扣总额以当月订阅服务费为限。

六、数据权属与数据安全
（一）甲方在系统中录入或产生的学员、家长、会员、交易和课程数据属于甲方所有，乙方应按甲方指示处理上述数据。
（二）乙方有权在服务期内及服务期满后，将甲方数据经去标识化处理并与其他客户数据汇总后，用于编制行业分析报告、优化产品功能和训练推荐模型，该等汇总数据及分析成果归乙方所有。
（三）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志和异地备份等措施，备份频率不低于每日一次；学员中的未成年人信息应按《个人信息保护法》的要求单独加强保护。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担赔偿责任及监管处罚。
（五）乙方人员访问甲方数据应遵循最小必要原则，须经甲方管理员授权并留存访问记录；甲方可每年对乙方的安全措施进行一次检查或要求乙方提供第三方测评报告。
（六）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除其系统中的甲方数据。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制开发的财务接口程序、报表模板及迁移脚本归甲方所有，乙方应在验收时一并交付源代码和说明文档。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，并应要求其员工和顾问遵守同等义务。本条在合同终止后三年内继续有效。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方退还已付未使用期间的服务费、赔偿损失。
（二）连续两个月月度可用率低于承诺值，或一个服务年度内发生三次以上一级故障的，甲方有权解除合同。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（四）合同解除或期满时，乙方应配合甲方完成数据交接和系统切换，切换期间不少于三十日，乙方不得以任何理由中断服务或扣留数据。

十一、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十二、其他
（一）本合同附件包括服务功能清单和实施计划，与本合同具有同等效力。
（二）双方的通知以书面形式送达合同首部载明的地址或双方确认的电子邮箱，一方变更联系方式的应提前五个工作日通知对方。
（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：2026年11月　日
"""
draft(key="z03", name="h1046z03_harmonica_school_booking_saas.txt", fmt="txt", src=Z03, lang="zh",
      category="cloud", kind="service",
      terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1,
                 liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                 warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=494000),
      tco=None, design=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
Z04 = """地下管网监测系统年度运维服务合同

项目编号：ZJJ-CS-2026-041（竞争性磋商）

甲方（采购人）：某市住房和城乡建设局
乙方（成交供应商）：某某城市安全监测技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就地下管网监测系统年度运维服务事宜订立本合同。

第一条 运维对象
（一）甲方地下管网监测系统，包括：排水管网液位计三百二十台、流量计八十六台、燃气管网相邻空间可燃气体监测仪四百一十台、供水管网压力计一百五十台、井盖位移监测终端六百台，以及监测数据汇聚网关和地下管网监测平台软件。
（二）监测点位分布于全市六个城区，点位清单以磋商文件附件为准，服务期内点位增减不超过原数量十分之一的，合同价款不作调整。

第二条 服务内容
（一）日常巡检：乙方每月对全部监测终端至少巡检一次，对燃气监测仪每半月巡检一次，检查供电、通信、安装状态和井下环境，清理传感器探头。
（二）设备维护：对故障终端进行维修或更换，对液位计、流量计和燃气监测仪按检定规程进行年度校准，校准证书交甲方存档。
（三）平台运维：负责监测平台和数据库的日常运行维护、补丁更新、数据备份、报警阈值配置调整和报表维护，配合甲方完成网络安全等级保护测评中涉及本系统的整改工作。
（四）应急值守：汛期（每年六月至九月）及重大节假日安排应急小组驻守甲方监控中心，配合甲方开展管网险情处置。
（五）运维报告：每月提交运维月报，每季度提交季度运维报告，服务期满前提交年度运维总结报告。
（六）备品备件：乙方应在本市设立备件库，液位计、燃气监测仪和通信模块的常用备件储备量不少于在用数量的二十分之一，并建立出入库台账供甲方查验。
（七）资料管理：乙方应建立一点一档的设备运维档案，记录每台终端的安装、巡检、维修、校准和更换情况，服务期满时完整移交甲方。

第三条 服务期限
服务期为一年，自2027年1月1日起至2027年12月31日止。服务期满，本合同终止，甲方根据采购程序另行确定下一年度运维服务供应商。

第四条 合同价款
（一）本合同总价为人民币捌拾叁万陆仟元整（¥836,000），包括：日常巡检及设备维护费¥412,000；传感器校准及耗材更换费¥168,000；平台软件运维费¥156,000；应急值守费¥100,000。
（二）合同总价包含乙方人员、车辆、检测仪器、常用备件、耗材及税费等全部费用。单台设备因损坏需整机更换的，设备费用由甲方另行承担，但更换所需人工费已包含在合同总价中。

第五条 付款方式
（一）运维服务费按季度支付，每季度¥209,000。
（二）每季度结束后，甲方组织季度考核，考核合格后十五个工作日内，甲方支付当季服务费。
（三）季度考核不合格的，甲方按考核办法扣减当季服务费，扣减后支付余额。

第六条 考核与验收
（一）季度考核标准：
1. 巡检计划全部按期完成，巡检记录、照片和定位信息完整；
2. 报修工单全部闭环，故障处理记录齐全；
3. 校准工作按计划完成，校准证书合格有效；
4. 平台数据备份按时完成并通过恢复测试；
5. 运维月报按时提交且内容真实。
（二）年度验收：服务期满后三十日内，甲方根据四个季度的考核结果、年度运维总结报告和设备清点结果组织年度验收，出具验收意见。
（三）考核和验收由甲方组织，可邀请监理单位和专家参加。乙方提交的资料不真实的，相应工作视为未完成。

第七条 服务响应
（一）故障分级：一级故障指监测平台整体中断、燃气监测仪报警功能失效或汛期排水监测数据中断；二级故障指单个区域监测数据中断；三级故障指单台终端故障。
（二）响应时限：一级故障乙方应在8小时内响应并到达现场，24小时内恢复；二级故障在12小时内响应，48小时内恢复；三级故障在三个工作日内修复。
（三）汛期及暴雨、台风预警期间，乙方应增加巡检频次，对易涝点位和重点燃气监测点位每日远程核查数据，并按甲方指令派员现场值守。
（四）乙方未在上述时限内响应或恢复的，每迟延一小时，甲方从当季服务费中扣减人民币500元；同一点位一个季度内重复发生三次以上故障的，每次另扣减人民币300元。

第八条 违约责任
（一）乙方未按计划完成月度巡检或年度校准的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方运维不当造成监测数据失真、漏报警情的，应承担相应的赔偿责任；造成安全事故的，依法承担责任。
（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

第九条 数据安全
（一）监测系统采集、存储的全部监测数据、点位信息、管网图资和报警记录属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于其他任何目的，不得向第三方提供。
（二）乙方应遵守《数据安全法》和关键信息基础设施安全保护的有关规定，远程运维须经甲方审批并通过堡垒机进行，所有操作全程审计；运维终端应安装杀毒软件并定期检查。
（三）发生数据泄露、被篡改或系统被入侵的，乙方应立即处置，并在1小时内报告甲方；因乙方原因造成的，乙方承担全部责任及由此产生的损失。

第十条 人员要求
（一）乙方应组建不少于十二人的运维团队，其中项目负责人一名，具有中级以上职称；燃气监测设备维护人员应持有有限空间作业培训证明。
（二）乙方人员下井作业应严格执行有限空间作业规定，做到先通风、再检测、后作业，配备气体检测仪和安全防护装备，并设专人监护。因乙方违规作业发生的安全事故，由乙方承担全部责任。
（三）乙方应保持运维团队稳定，项目负责人和技术骨干未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求乙方在七日内更换。

第十一条 知识产权
乙方在服务期内形成的运维报告、巡检数据整理成果、报表模板及平台配置脚本归甲方所有，乙方应在服务期满时将上述成果的电子版和纸质版完整移交甲方，甲方可自行使用或交由其他单位使用。

第十二条 转包与分包
乙方不得转包或分包本合同项下的任何服务。

第十三条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际合格服务期间结算服务费。
（二）因不可抗力致使合同目的无法实现的，双方均可解除合同。
（三）合同解除或服务期满时，乙方应在十五日内向甲方或甲方指定的单位移交全部设备档案、备件台账、平台账号密码及技术资料，并配合完成交接，交接期间乙方不得中断运维服务。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 其他
（一）磋商文件、乙方响应文件、成交通知书及考核办法为本合同组成部分。
（二）服务期内甲方因管网改造新增监测点位的，乙方应按磋商文件的单价标准提供运维服务，新增费用由双方签订补充协议确认。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""
draft(key="z04", name="h1046z04_underground_pipeline_monitoring_om.txt", fmt="txt", src=Z04, lang="zh",
      category="services", kind="service",
      terms=dict(availability_pct=None, p1_response_hours=8, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
                 liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                 warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=836000),
      tco=None, design=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"])
Z05 = """# 染迹工艺追踪系统软件许可及定制开发合同

（染迹科技标准合同文本 V1.3）

合同编号：RJ-HT-2026-0119

甲方：某某蜡染艺术工作室有限公司

乙方：某某染迹科技有限公司

甲方拟使用乙方"染迹工艺追踪系统"对蜡染产品的画蜡、浸染、脱蜡、晾晒和成品检验等工序进行记录和追溯。经双方协商一致，依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供染迹工艺追踪系统标准版软件的永久使用许可，包括工序记录、批次管理、染料配方管理、库存管理、订单管理及移动端扫码模块，授权用户数为四十个。

1.2 乙方根据甲方需求进行定制开发，包括：手工画蜡工时计件模块、靛蓝染缸状态记录模块、成品图案档案库以及与甲方网店后台的订单同步接口。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。培训为集中培训一次，时长不超过两日，培训对象为甲方指定的管理人员和工序组长。

1.4 系统运行环境由甲方按乙方提供的配置清单自行准备，包括服务器、操作系统、数据库、网络及扫码、打印设备。运行环境不符合要求导致系统无法正常运行的，由甲方负责。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾捌万元整（¥480,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追踪系统标准版软件许可（永久，四十用户） | 360,000 |
| 2 | 定制开发（计件、染缸、图案档案库、订单接口） | 96,000 |
| 3 | 安装部署、初始化及培训 | 24,000 |
| | 合计 | 480,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪、标签打印机等硬件设备。甲方需求变更导致工作量增加的，费用另计。

2.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在合同签订时书面提出。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即人民币240,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价剩余的50%，即人民币240,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停全部服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后六十日内完成标准版部署和定制开发，具备上线条件后通知甲方。

4.2 甲方应在接到通知后三日内安排上线，甲方未按时安排的，视为系统已于通知之日上线。

4.3 甲方应指定专人配合乙方工作，及时提供工序流程、染料配方编码规则、历史订单数据等资料，并对乙方提交的需求确认书在三日内签字确认。因甲方资料提供不及时或需求反复变更导致延期的，交付期限相应顺延。

4.4 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可以书面形式向乙方提出，乙方将在后续版本中酌情处理，但不影响验收结论及甲方付款义务。

5.3 甲方在上线前要求进行功能演示的，乙方可安排一次远程演示，演示内容以乙方标准版功能说明书为准。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，内容包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或工序无法记录）乙方在2小时内远程响应；其他问题在三个工作日内响应。乙方尽力在合理时间内修复故障，但不因响应或修复迟延承担任何扣款、赔偿或违约金。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按每年软件许可费的25%（即每年人民币90,000元）向乙方支付年度维护费，维护费在每个维护年度开始前一次性支付。甲方未购买维护服务的，乙方不再提供缺陷修复、版本升级和技术支持。

6.4 维护期内乙方发布的标准版升级包，甲方可免费安装；定制开发模块与新版本的适配工作不属于免费维护范围，乙方按实际工作量另行报价。

6.5 因甲方操作不当、擅自修改系统或硬件故障导致的问题，不属于维护范围，乙方可按人天另行收费。

## 第七条 知识产权

7.1 工艺追踪系统标准版软件及其所有升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的计件模块、染缸记录模块、图案档案库、订单接口及相关源代码、文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供，无需另行取得甲方同意，也无需向甲方支付任何费用。

7.4 甲方使用系统时不得删除或修改乙方的版权标识，不得将系统出租、出借或转授权给任何第三方使用。

## 第八条 数据

8.1 甲方在系统中录入的工序记录、配方、图案、订单及客户信息属于甲方所有，乙方仅为提供本合同服务之目的处理上述数据，不得用于其他用途。

8.2 乙方对其部署和维护的系统采取账号权限管理、数据加密存储和每日备份措施；乙方人员远程维护须经甲方同意。发生数据泄露或丢失的，乙方应在24小时内通知甲方，因乙方过错造成的，乙方承担相应的赔偿责任。

8.3 系统部署于甲方自有服务器，甲方负责服务器的物理安全、网络防护和备份介质保管；甲方可随时以乙方提供的导出工具将全部业务数据导出为通用表格格式。

## 第九条 保密

双方对在合同履行过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方同意不得向第三方披露。甲方的图案档案和染料配方属于甲方商业秘密。本条在合同终止后两年内有效。乙方为提供维护服务而接触甲方配方和图案资料的，应限于完成维护工作所必需的范围。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的20%。

10.2 任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 甲方解除合同的，已支付的软件许可费不予退还。

11.3 合同解除后，甲方应停止使用定制开发成果，并删除其保存的相关安装程序和文档，但甲方业务数据由甲方自行保留。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为、网络运营商故障等不可抗力导致不能履行合同的，受影响方不承担责任。受影响方应在不可抗力发生后十日内通知对方，不可抗力持续超过六十日的，双方协商是否继续履行合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决，诉讼费、保全费和律师费由败诉方承担。争议处理期间，双方应继续履行合同中不涉及争议的部分。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方对本文本的修改以补充协议为准。

14.2 本合同项下的通知可通过电子邮件或即时通讯工具发送，发送即视为送达。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""
draft(key="z05", name="h1046z05_batik_studio_process_tracking_supplier_template.md", fmt="md", src=Z05, lang="zh",
      category="software", kind="goods_or_licence",
      terms=dict(availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
                 liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
                 warranty_months=6, post_warranty_fee_pct=25, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=None, governing_law=None),
      extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=480000),
      tco=dict(fee_base=360000),
      design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
E01 = """T:Software Licence and Services Agreement
P:Agreement No. LMS-CN-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made on 24 November 2026 between Changzhou Hengrun Bearing Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Lakeshore Maintenance Systems, Inc., a Michigan corporation with its principal office at Elm Avenue, Munising, Michigan, United States (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's enterprise asset management software and to have the Vendor implement it at its bearing plant, and the Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's LakeTrack EAM software, release 9, in object code, including the work order, preventive maintenance, spare parts, condition monitoring and mobile technician modules, and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data migration scripts and related documentation prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including equipment records, maintenance history, spare parts stock and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business purposes at its plants in the People's Republic of China, for up to two hundred named users and unlimited read-only users.
P:2.2 The Vendor shall implement the Software, including installation on the Customer's servers, configuration of asset hierarchies for approximately eighteen thousand items of equipment, migration of maintenance history from the Customer's existing spreadsheets and legacy system, and interfaces with the Customer's ERP system and its production data collection system.
P:2.3 The Vendor shall provide training for twenty key users and six system administrators, in Chinese, at the Customer's plant, and shall supply Chinese user and administrator manuals.
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 1,430,000, inclusive of all applicable taxes, made up of: Licence Fee CNY 1,120,000; Implementation Services CNY 268,000; Training CNY 42,000. The Contract Price is fixed and covers all expenses.
P:3.2 The Customer shall pay the Contract Price in instalments: (a) 20% within twenty business days after signature, against the Vendor's invoice; (b) 35% after go-live of the Software in the production environment; (c) 45% within twenty business days after Final Acceptance.
P:3.3 Go-live and the payment under Article 3.2(b) do not constitute acceptance of the Software or any Custom Deliverable.
P:3.4 All payments shall be made in CNY to the bank account of the Vendor's appointed local reseller as set out in Schedule 2, against a valid Chinese VAT invoice.
H:Article 4 Delivery and Schedule
P:4.1 The Vendor shall deliver the Software licence keys within ten days after signature and shall complete implementation so that the Software is ready for acceptance testing within one hundred and twenty days after signature, following the project plan in Schedule 1.
P:4.2 If the Vendor fails to achieve readiness for acceptance testing by the date in Article 4.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay. Liquidated damages are capped at 10% of the Contract Price and do not limit the Customer's right to terminate under Article 11.
P:4.3 Each party shall appoint a project manager, who may not be replaced without the other party's prior written consent.
H:Article 5 Acceptance
P:5.1 After readiness, the parties shall perform acceptance tests according to the test plan agreed in Schedule 1. The acceptance criteria are: (a) all functions in the functional specification pass their test cases; (b) migrated maintenance history and spare parts stock reconcile with the source records without error; (c) the ERP and production data interfaces run for ten consecutive working days without data loss; (d) standard screens open within three seconds for one hundred concurrent users; and (e) no Severity 1 defect is open.
P:5.2 After successful tests the Software shall run in production for a stabilisation period of thirty days without any Severity 1 defect, after which the Customer shall issue the Final Acceptance certificate within ten business days or state its reasons for refusal in writing.
P:5.3 If acceptance tests fail, the Vendor shall correct the defects and repeat the tests at its own cost. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for a warranty period of twenty-four months from Final Acceptance. During the warranty period the Vendor shall correct defects, deliver updates and new releases, and provide support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the Software unavailable or work orders cannot be created at a plant) within one hour and restore operation within eight hours; Severity 2 incidents shall be responded to within two hours and resolved within two business days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Customer may deduct CNY 1,000 from any amount payable or claim it as a service credit.
P:6.4 After the warranty period, the Customer may order annual support at a fee of 9% of the Licence Fee per year (CNY 100,800), which the Vendor shall not increase for the first three years after the warranty period. Annual support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation with Final Acceptance, and the Customer may use, modify and license them freely, including through third-party service providers.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics, whether or not the data are aggregated or de-identified.
P:8.2 The Software is installed on the Customer's servers in China. Remote access by the Vendor requires the Customer's approval for each session, shall use the Customer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within twelve hours after becoming aware of it, shall cooperate in its investigation and remediation, and shall be responsible for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
P:9.2 Article 9.1 does not apply to information that is public or must be disclosed by law.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price.
P:10.2 The limit in Article 10.1 does not apply to liability for death or personal injury, fraud or wilful misconduct, infringement indemnities, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Termination
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.
P:11.3 The Customer may also terminate this Agreement by written notice if liquidated damages under Article 4.2 reach their cap. On such termination the Vendor shall refund all amounts paid for the parts of the work not accepted.
H:Article 12 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effects. If such an event continues for more than ninety days, either party may terminate this Agreement.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Michigan, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in the State of Michigan, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, together with Schedule 1 (project plan, functional specification and acceptance test plan) and Schedule 2 (payment details), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be in writing and sent to the addresses above by courier or email with confirmation of receipt. This Agreement is made in English and Chinese; both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
draft(key="e01", name="h1046e01_eam_perpetual_licence_michigan_vendor.pdf", fmt="pdf", src=E01, lang="en",
      category="software", kind="goods_or_licence",
      terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                 liability_cap_pct=200, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                 warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="Michigan"),
      extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1430000),
      tco=dict(fee_base=1120000), design=["CR-GOVERNING-LAW"])
E02 = """# ORDER FORM — QualiRange Supplier Quality Cloud

Order Form No. RR-OF-2026-0387

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts.

## PART A — ORDER DETAILS

### A1. Parties

Customer: Foshan Meiyu Home Appliance Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

Vendor: Range Ridge Software, Inc., a Michigan corporation, Stephenson Avenue, Iron Mountain, Michigan, United States, acting in China through its appointed billing agent named in A5.

### A2. Subscribed Service

The Vendor will provide the QualiRange Supplier Quality Cloud (the "Service"), including the following modules: supplier onboarding and qualification, incoming inspection, non-conformance and 8D reports, supplier corrective action requests, supplier scorecards and the supplier portal. The subscription covers up to 150 internal named users and up to 420 supplier accounts. The Service is hosted for the Customer on a cloud platform in the Shanghai region of mainland China.

### A3. Subscription Term

The Subscription Term starts on the Service Start Date, which is the date of Onboarding Acceptance under A6, and runs for two Subscription Years. Each Subscription Year is a period of one year from the Service Start Date or its anniversary.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 150 users, 420 supplier accounts | 268,000 |
| Subscription fee, Subscription Year 2 | 150 users, 420 supplier accounts | 268,000 |
| Onboarding services (one-time) | configuration, migration, training | 68,000 |
| Total fees for the Subscription Term | | 604,000 |

All amounts are in CNY and include VAT. Additional users may be added at CNY 1,500 per user per Subscription Year, pro rata; such additions are not part of the total above.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance and is payable within thirty days after the invoice date.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after the invoice date.

(c) Invoices are issued by the Vendor's billing agent in China, Guangzhou Hexin Technology Services Co., Ltd., as valid Chinese VAT invoices.

### A6. Onboarding and Acceptance

(a) The Vendor shall complete onboarding within sixty days after signature. Onboarding includes configuration of the Customer's inspection plans and defect codes, migration of records for approximately 380 active suppliers and three years of non-conformance history, single sign-on with the Customer's directory, and training for key users.

(b) Onboarding Acceptance criteria: (i) all configured workflows pass the Customer's test scripts; (ii) migrated supplier and non-conformance records reconcile with the source data without error; (iii) single sign-on works for all internal users; (iv) ten pilot suppliers complete a corrective action cycle through the supplier portal. The Customer shall confirm acceptance in writing within ten business days after the Vendor reports readiness, or list the failed criteria.

(c) If Onboarding Acceptance is delayed beyond the date in A6(a) for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay.

## PART B — GENERAL TERMS

### 1. Service

1.1 The Vendor shall provide the Service to the Customer during the Subscription Term in accordance with the documentation published for the Service.

1.2 The Vendor may update and improve the Service from time to time, provided that no update materially reduces the functionality of the modules listed in A2.

1.3 The Customer shall be responsible for the use of the Service by its users and suppliers, shall keep login credentials secure, and shall not use the Service to store content that is unlawful or infringes the rights of others.

1.4 The Customer may invite its suppliers to the supplier portal. Supplier accounts are used only for the Customer's quality processes, and suppliers are not charged by the Vendor for them.

1.5 The Vendor shall give the Customer at least thirty days' notice of any change to the user interface that requires retraining of users or suppliers, and shall provide release notes in Chinese.

### 2. Availability and Support

2.1 The Vendor will use commercially reasonable efforts to make the Service available to the Customer and to perform scheduled maintenance outside the Customer's normal business hours where practicable.

2.2 The Customer may submit support requests through the Vendor's help portal or by email. The Vendor will handle support requests in the order received and will use commercially reasonable efforts to resolve them within a reasonable time.

2.3 Support is provided in English and Chinese during the Vendor's normal business hours.

### 3. Customer Data

3.1 All data that the Customer or its suppliers enter into the Service, and all reports generated from it ("Customer Data"), belong to the Customer. The Vendor shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

3.2 The Vendor shall keep Customer Data in mainland China, shall encrypt it in transit and at rest, shall restrict access to personnel who need it to provide the Service, and shall maintain an ISO 27001 certified security management system. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

3.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain it, and shall be responsible for the losses caused to the Customer by its failure to comply with this Section 3.

3.4 Within thirty days after the end of the Subscription Term the Vendor shall return Customer Data in a standard export format and then delete it, and shall confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Service, its software and documentation remain the property of the Vendor.

4.2 Customer-specific configurations, inspection templates, report layouts and migration mappings prepared for the Customer belong to the Customer, which may use and modify them freely, including with another provider.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with this Order Form, shall use it only for the purposes of this Order Form and shall not disclose it to third parties, except to its employees and advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after the end of the Subscription Term.

### 6. Renewal

6.1 At the end of the Subscription Term, the subscription renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

6.2 The Vendor may increase the subscription fee for any renewal term by up to 9% over the fee of the preceding Subscription Year by notifying the Customer at least ninety days before the renewal date.

### 7. Subcontracting

The Vendor shall not subcontract the performance of the Service or the onboarding services without the Customer's prior written consent, except the cloud hosting provider named in the documentation, which the Customer approves by signing this Order Form. The Vendor remains responsible for all subcontractors.

### 8. Term and Termination

8.1 This Order Form remains in force until the end of the Subscription Term and any renewal term.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the prepaid fees for the remaining part of the Subscription Year.

8.3 After termination or expiry the Customer's access ends, subject to Section 3.4. On request, the Vendor shall provide reasonable assistance for the transfer of Customer Data to another system at its standard daily rates.

### 9. Liability

9.1 Each party's aggregate liability arising out of this Order Form is limited to 150% of the total fees for the Subscription Term stated in A4.

9.2 Neither party is liable for indirect or consequential loss. These limits do not apply to breach of Sections 3 or 5, to infringement claims, or to wilful misconduct.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 This Order Form is the entire agreement of the parties on its subject matter and prevails over any terms printed on purchase orders or online terms of the Vendor.

11.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the contact persons named in the signature block.

Signed for the Customer: ____________________   Date: __________

Signed for the Vendor: ____________________   Date: __________
"""
draft(key="e02", name="h1046e02_supplier_quality_saas_order_form.md", fmt="md", src=E02, lang="en",
      category="cloud", kind="service",
      terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                 ld_rate_per_day_pct=500 / 604000 * 100,
                 liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                 warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=604000),
      tco=None, design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. TH-EQ-2026-209
P:Buyer: Zhejiang Tianhe Paper Co., Ltd., Fuyang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Superior Shore Instruments, Inc., a Michigan corporation with its office on US Highway 41, Baraga, Michigan, United States (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to install wireless vibration and temperature monitoring on the drives, rolls and pumps of its two paper machines, and the Supplier agrees to supply, install and commission the system on the following terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's ShoreWatch condition monitoring software, including the analytics server, the web client and the mobile alert application, licensed under Clause 8.
P:1.3 "Buyer Data" means all measurement data, alarms, machine configurations and reports collected or generated by the Equipment and the Software at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and Software, install the sensors on the monitored assets listed in Annex 1, configure the Software, integrate it with the Buyer's distributed control system and maintenance system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,440,000, inclusive of VAT, delivery to the Buyer's mill, insurance, import duties and all installation costs, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, with mounting kit|180|3,600|648,000
TB:2|Industrial wireless gateway with cabinet|12|18,500|222,000
TB:3|ShoreWatch monitoring software, perpetual site licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,256,000
TB:4|Installation, configuration and commissioning|1 lot||148,000
TB:5|Training of operators and reliability engineers|1 lot||36,000
TB:|Contract Price|||1,440,000
P:2.3 The Contract Price is fixed. No further charges apply for the scope described in this Contract and its Annexes.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within fifteen business days after signature, against the Supplier's invoice and an advance payment guarantee of equal amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 45% of the Contract Price after delivery of all Equipment to the mill and signature of the delivery note. The delivery note confirms quantity and visible condition only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 45% of the Contract Price within twenty business days after Final Acceptance.
P:3.4 All invoices shall be valid Chinese VAT invoices issued by the Supplier's appointed trading agent in China, named in Annex 3.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's mill within seventy days after signature and shall complete installation and commissioning within forty-five days after delivery, during the maintenance shutdowns notified by the Buyer.
P:4.2 If the Supplier fails to meet the delivery or commissioning dates for reasons attributable to the Supplier, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:4.3 The Supplier's personnel shall comply with the Buyer's site safety rules, including lockout procedures on rotating machinery and permits for work at height.
P:4.4 With delivery the Supplier shall provide, in Chinese and English, the installation drawings, sensor location list, network design, configuration backups, test certificates of each sensor batch, operating manuals and maintenance manuals. Equipment shall be new, of current production, and shall carry the radio type approval required for use in China.
P:4.5 Training shall cover system operation for twenty operators and vibration analysis with the Software for six reliability engineers, held at the mill in Chinese.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for thirty consecutive days under normal production (the "Trial Run").
P:5.2 Acceptance criteria: (a) all 180 sensors report data to the Software at the configured intervals; (b) sensor readings agree with the Buyer's portable reference analyser within the tolerance stated in Annex 2 on a sample of twenty assets; (c) alarms reach the control room and the mobile application within sixty seconds of a threshold event in a simulated test; (d) the interfaces to the distributed control system and the maintenance system transfer data without loss throughout the Trial Run; (e) no Severity 1 fault remains open at the end of the Trial Run.
P:5.3 If any criterion is not met, the Supplier shall remedy the defect at its cost and the Trial Run or the affected test shall be repeated. Installation, use of the system in production or payment under Clause 3.2 does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide Software updates free of charge, including parts, labour and shipping.
P:6.2 Severity 1 faults (the Software unavailable, or loss of data from a whole gateway or paper machine) shall be responded to within 30 minutes and resolved within eight hours. Severity 2 faults (loss of data from individual sensors) shall be responded to within two hours and resolved within three business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or resolution time, the Supplier shall pay a service credit of CNY 1,200, which the Buyer may deduct from any amount payable.
P:6.4 The Supplier shall keep spare sensors and gateways in stock in China sufficient to replace defective units within two business days.
H:7. Post-Warranty Support
P:7.1 After the warranty period the Buyer may order annual support covering repair, Software updates and remote diagnosis at 7.5% of the Hardware and Licence Subtotal per year (CNY 94,200 per year). This fee is fixed for the first two years after the warranty period.
P:7.2 Support is ordered by a separate purchase order for each year. There is no automatic renewal.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive site licence to use the Software at the mill for its own operations, with no limit on the number of users or monitored assets.
P:8.2 The Software and the embedded firmware of the Equipment remain the property of the Supplier and its licensors.
P:8.3 Machine models, alarm rules, dashboards, interface programs and reports prepared for the Buyer under this Contract belong to the Buyer. The Supplier shall deliver them with their source files, and the Buyer may use, modify and license them freely.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including the training of analytics models for other customers, in any form.
P:9.2 The Software shall be installed on the Buyer's servers. The Supplier's remote access requires approval for each session by the Buyer's IT department, shall use the Buyer's VPN with two-factor authentication, and shall be recorded. The Supplier shall not transfer Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer within eight hours after becoming aware of any security incident affecting the system or Buyer Data, shall take immediate remedial action, and shall compensate the Buyer for all losses caused by the Supplier's breach of this Clause.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's production data and process parameters, and shall not disclose it to third parties without prior written consent. This Clause survives for five years after the end of this Contract.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages under Clause 4.2 reach their maximum.
P:13.2 On termination the Supplier shall refund amounts paid for Equipment or services not accepted, and the Buyer may return the affected Equipment at the Supplier's cost.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:15. General
P:The Annexes (Annex 1 monitored assets, Annex 2 acceptance test plan, Annex 3 payment details) form part of this Contract. This Contract is signed in English and Chinese, both versions having equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
draft(key="e03", name="h1046e03_paper_mill_vibration_sensors_monitoring.docx", fmt="docx", src=E03, lang="en",
      category="hardware", kind="goods_or_licence",
      terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                 liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                 warranty_months=36, post_warranty_fee_pct=7.5, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1440000),
      tco=dict(fee_base=1256000), design=[])
E04 = """# Managed IT Services Agreement

Agreement No. HT-MSA-2026-06

**Customer:** Qingdao Haitong Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Customer").

**Provider:** Northwoods Managed IT, Inc., a Michigan corporation, Walnut Street, Manistique, Michigan, United States, performing through its service centre team and its China project office (the "Provider").

The Customer operates nine cold-storage warehouses and a head office in China and wishes to outsource the day-to-day operation of its IT environment. The Provider has experience in managed services for logistics companies. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses or handles in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by written agreement of both parties. There is no automatic renewal.

## 3. Services

3.1 The Provider shall perform the Services described in Schedule 1 for the head office and the nine warehouses listed in Schedule 1, with the staffing and tools described there.

3.2 The Provider shall follow the Customer's IT policies and change management procedure, and shall not make changes to production systems without an approved change request, except emergency changes reported within one business day.

3.3 The Provider shall deliver a monthly service report showing performance against the Service Levels, incident and request statistics, open problems, capacity trends and recommended improvements, and shall attend a monthly service review with the Customer.

3.4 Each year the Provider shall propose a continuous improvement plan, including automation of recurring tasks and reduction of repeat incidents, and shall implement the measures the Customer approves within the Charges.

3.5 The Customer shall give the Provider's engineers reasonable access to its sites, systems and documentation, and shall appoint a service owner who approves changes and accepts deliverables on behalf of the Customer.

## 4. Transition

4.1 The Provider shall complete the transition of the Services from the Customer's internal team within ninety days after signature, following the transition plan agreed in the first two weeks.

4.2 Transition Acceptance criteria: (a) all in-scope assets recorded in the configuration database and reconciled with the Customer's asset register; (b) monitoring active for all servers, network devices and warehouse temperature-system gateways listed in Schedule 1; (c) runbooks for all critical systems approved by the Customer; (d) service desk handling all tickets for twenty consecutive working days with the Provider's tools; (e) a tested escalation path for Priority 1 incidents. The Customer shall sign the Transition Acceptance certificate within five business days after the criteria are met, or list the open items in writing.

4.3 If transition is not completed within the period in Section 4.1, the Provider shall continue the transition work at its own cost and the parties shall agree a revised plan. The Customer's internal team shall keep performing the relevant functions until Transition Acceptance.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Service Term are CNY 2,184,000, including VAT.

5.2 The transition fee is invoiced after Transition Acceptance. Monthly service charges are invoiced monthly in arrears, after the Customer has received the monthly service report.

5.3 The Customer shall pay each correct invoice within thirty days after receipt. Service credits under Schedule 2 are deducted from the next invoice.

5.4 The Charges are fixed for the Service Term. Changes in the number of supported users or devices within the bands in Schedule 3 do not change the Charges.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term the Provider shall hand over to the Customer all Customer Data, configuration records and documentation in its possession.

## 7. Intellectual Property

7.1 The Provider's tools, methods and know-how remain the Provider's property.

7.2 Runbooks, scripts, configuration records, reports and other deliverables prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to employees and approved subcontractors who need it for this Agreement and are bound by equivalent obligations.

8.2 This Section continues for five years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider shall name a service delivery manager and keep the key personnel listed in Schedule 1 for at least the first year of the Service Term, unless the Customer agrees otherwise.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for all approved subcontractors.

## 10. Liability

10.1 Each party's total liability arising out of this Agreement is limited to 150% of the total Charges for the Service Term.

10.2 Neither party is liable for indirect or consequential loss. The limits do not apply to personal injury, fraud or wilful misconduct.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if the Provider misses the same Service Level in three consecutive months.

11.2 The Provider may terminate this Agreement if the Customer fails to pay undisputed Charges for more than sixty days after a written reminder.

11.3 On expiry or termination the Provider shall provide exit assistance for up to ninety days at the monthly service charge, so that the Services can be transferred to the Customer or a successor provider without interruption.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao under its rules then in force.

## 13. General

This Agreement and its Schedules are the entire agreement of the parties. Amendments must be in writing and signed by both parties. Where the Schedules and the main text conflict, the main text prevails. Notices shall be given in writing to the service owner of each party. This Agreement is made in English and Chinese, and both versions have equal effect.

## Schedule 1 — Services and Scope

| Service | Description | Coverage |
|---|---|---|
| Service desk | Chinese and English speaking service desk for about 640 users, by phone, portal and email | 7 x 24 for Priority 1 and 2; 08:00–20:00 daily for other requests |
| End-user devices | Management of about 700 laptops, desktops and handheld scanners: imaging, patching, software distribution, replacement | Head office and nine warehouses |
| Network and servers | Monitoring and administration of 46 servers, 9 site networks, firewalls and SD-WAN links | Remote monitoring 7 x 24; on-site support within the times in Schedule 2 |
| Warehouse systems | First- and second-line support for the warehouse management system, cold-room temperature gateways and label printers | 7 x 24 |
| Key personnel | Service delivery manager; two on-site engineers in Qingdao; network lead | Named in the transition plan |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Priority 1 incident (site down, warehouse management system or temperature monitoring unavailable) | Response within 15 minutes; restoration within 6 hours | 3% of the monthly service charge for each Priority 1 incident missed |
| Priority 2 incident (degraded service at a site) | Response within 1 hour; restoration within 12 hours | 1% of the monthly service charge per incident missed |
| Availability of the core network and data centre services | 99.95% per calendar month | 5% of the monthly service charge for each 0.02 percentage point below the level, measured cumulatively |
| Service requests | Fulfilled within 2 business days | 2% of the monthly service charge |

Total service credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | per month, 36 months, monthly in arrears | 58,000 |
| Total monthly service charges | 36 x 58,000 | 2,088,000 |
| Total Charges for the Service Term | | 2,184,000 |
"""
draft(key="e04", name="h1046e04_cold_chain_managed_it_services.md", fmt="md", src=E04, lang="en",
      category="services", kind="service",
      terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=False, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                 liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                 warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2184000),
      tco=None, design=["CR-DATA-SECURITY", "CR-LD-MISSING"])
E05 = """VESSEL AND PORT DATA API SUBSCRIPTION AGREEMENT

Agreement No. PRD-CN-2026-031

BETWEEN

Ningbo Yongxin Shipping Agency Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer"); and

Pine River Data Services, Inc., a Michigan corporation, Bridge Street, Charlevoix, Michigan, United States ("Vendor").

BACKGROUND

Customer is a shipping agency serving vessels calling at the ports of Ningbo-Zhoushan and Shanghai. Vendor compiles vessel position, port call, berth and voyage data from satellite and terrestrial sources and makes it available through application programming interfaces. Customer wishes to subscribe to that data for its operations system and customer portal.

1. DEFINITIONS

1.1 "Vendor Data" means the vessel positions, port call records, estimated arrival times, berth schedules and vessel particulars that Vendor makes available through the API.

1.2 "API" means Vendor's REST and streaming interfaces described in the API documentation, together with the API keys issued to Customer.

1.3 "Customer Data" means the vessel watch lists, queries, account information and any other data that Customer or its users submit to the API or the Vendor portal.

1.4 "Subscription Year" means each period of one year starting on the Service Start Date or its anniversary. The subscription runs for two Subscription Years.

1.5 "Service Start Date" means the date on which Vendor issues production API keys to Customer.

2. SUBSCRIPTION AND LICENCE

2.1 Vendor grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use Vendor Data in Customer's internal operations system and to display it to Customer's principals and shipowner clients through Customer's customer portal.

2.2 The subscription covers up to three million API calls per month and a streaming feed for up to two thousand vessels on Customer's watch lists. Customer shall not resell Vendor Data in bulk or use it to build a competing data product.

2.3 Vendor shall serve Customer through an API endpoint hosted in mainland China and shall keep the API documentation current.

2.4 Vendor may change the API only with ninety days' written notice, and shall keep each published API version running for at least six months after a new version is released, so that Customer's developers can migrate without interruption.

2.5 When Vendor Data is displayed in Customer's customer portal, Customer shall show a short attribution to Vendor. Customer's principals and shipowner clients may view and print the displayed data for their own business but may not download it in bulk.

2.6 Vendor shall provide Customer with a sandbox environment with sample data throughout the subscription, free of charge, for development and testing.

3. INTEGRATION SERVICES AND ACCEPTANCE

3.1 Vendor shall, within forty-five days after signature, deliver the integration services: a data mapping between Vendor Data and Customer's operations system, a custom port-call event feed for the ports named by Customer, and technical support for Customer's developers.

3.2 Integration Acceptance criteria: (a) the custom event feed delivers arrivals, berthings and departures for the named ports with a delay of no more than five minutes in a ten-day test; (b) the mapping passes Customer's test cases without error; (c) a load test of two hundred calls per second completes without errors; (d) the API documentation and sample code are delivered. Customer shall confirm acceptance in writing or list the failed criteria within ten business days after Vendor reports readiness.

3.3 If Integration Acceptance is not achieved within the period in Clause 3.1 for reasons attributable to Vendor, Vendor shall pay CNY 700 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are: one-time setup and integration fee CNY 48,000; subscription fee for Subscription Year 1 CNY 396,000; subscription fee for Subscription Year 2 CNY 396,000. The total fees for the two Subscription Years are CNY 840,000, including VAT.

4.2 Vendor shall invoice the setup and integration fee and the Subscription Year 1 fee on signature. Customer shall pay both within fifteen days after signature, and Vendor is not required to start the integration services or issue any API keys until both are paid.

4.3 The Subscription Year 2 fee is invoiced at the start of Subscription Year 2 and is payable within thirty days.

4.4 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. Overage charges are not included in the total fees above.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced seven days in advance and performed between 01:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the API unavailable or the streaming feed stopped for all vessels) shall be responded to within one hour and resolved within six hours. Priority 2 incidents (delayed or incomplete data for some ports or vessels) shall be responded to within three hours and resolved within two business days.

5.3 If availability falls below the committed level in a month, Customer receives a service credit of 5% of one twelfth of the current Subscription Year fee for each started 0.1 percentage point of shortfall. Each missed Priority 1 response or resolution time gives a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the subscription.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API and the integration services to Customer, and shall not use it for any other purpose or combine it with data of other customers.

6.2 Vendor shall store Customer Data in mainland China, shall encrypt it in transit and at rest, shall restrict access to authorised personnel with multi-factor authentication, and shall keep access logs for at least six months. Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 Vendor shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to Customer Data or compromise of Customer's API keys, shall take immediate remedial measures, and shall be responsible for losses resulting from its failure to comply with this Clause 6.

6.4 At the end of the subscription Vendor shall return Customer Data on request and then delete it.

7. INTELLECTUAL PROPERTY

7.1 Vendor Data, the API and Vendor's software remain the property of Vendor and its data suppliers.

7.2 The data mapping, the custom event feed configuration and any code written for Customer under Clause 3 belong to Customer, which may use and modify them freely, including with another data provider.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including Customer's watch lists and principals' names and Vendor's pricing, and shall not disclose it without the other party's prior written consent. This Clause continues for three years after the end of this Agreement.

9. SUBCONTRACTING

Vendor shall not subcontract the integration services or the operation of the China endpoint without Customer's prior written consent. Vendor's purchase of raw data from its data suppliers is not subcontracting.

10. LIABILITY

10.1 Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer to Vendor in the six months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of business or indirect loss. Vendor Data is compiled from third-party sources, and Vendor does not warrant that every position or estimated arrival time is accurate.

11. TERM AND TERMINATION

11.1 This Agreement ends at the end of Subscription Year 2. It does not renew automatically; any further subscription requires a new signed order.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If Customer terminates for Vendor's breach, Vendor shall refund the fees paid for the remaining part of the current Subscription Year.

11.3 Customer may also terminate by written notice if availability falls below the committed level in three months of any Subscription Year.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

13.2 Notices shall be sent by email to the contacts named below and confirmed by courier.

13.3 This Agreement is made in English and Chinese; both versions have equal effect.

13.4 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business that accepts all obligations under this Agreement.

Signed for Customer: ____________________        Signed for Vendor: ____________________
"""
draft(key="e05", name="h1046e05_vessel_port_data_api_subscription.txt", fmt="txt", src=E05, lang="en",
      category="cloud", kind="service",
      terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                 data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                 ld_rate_per_day_pct=700 / 840000 * 100,
                 liability_cap_pct=6 / 24 * 100, prepayment_pct=(48000 + 396000) / 840000 * 100,
                 acceptance_clause=True, final_payment_on_acceptance=None,
                 warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                 termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC"),
      extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=840000),
      tco=None, design=["CR-LIABILITY-CAP", "CR-PREPAYMENT"])


# ---------------------------------------------------------------- checks
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law"]
# policy thresholds (label values must never equal them)
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT, HORIZON = 40, 5


def tco_share(d):
    t, v = d["terms"], d["extra"]["contract_value"]
    if d["kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["extra"]["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fee = d["tco"]["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return fee / (v + fee) * 100


def derive(d):
    """My reading of policy section 3 applied to the labelled terms."""
    t, x, goods = d["terms"], d["extra"], d["kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之一?百",
    r"(?<![\d.,])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.,])15(?:\.0+)?\s*%", r"百分之十五(?!点)",
    r"(?<![\d.,])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.])4\s*(?:个)?小时", r"(?<![十\d])四个?小时", r"(?i)(?<![\d.])4\s*(?:hours?|hrs?|h)\b",
    r"(?i)(?<![a-z-])four\s*hours?",
    r"(?<![\d.])12\s*个月", r"十二个月", r"(?i)(?<![\d.])12\s*-?\s*months?", r"(?i)twelve\s*-?\s*months?",
]
MUST_HIT = ["99.9%", "可用率99.9 %", "0.05%", "万分之五", "100%", "100 %", "30%", "30 %", "百分之三十", "15%", "40%",
            "4小时", "4 个小时", "四小时", "4 hours", "4h", "four hours", "12个月", "十二个月", "12 months", "12-month",
            "twelve months"]
MUST_MISS = ["99.95%", "99.5%", "0.055", "10.05", "150%", "130%", "30.5%", "230%", "百分之三十五", "24小时", "二十四小时",
             "14 hours", "112 months", "15 minutes", "第十二条", "115%", "7.5%", "0.02", "24 hours", "1 hour", "twenty-four hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESHOLD_PATTERNS:
            m = re.search(p, variant)
            if m:
                hits.append((p, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(d, rules):
    terms = {k: d["terms"][k] for k in TERM_KEYS}
    terms["contract_kind"] = d["kind"]
    x = d["extra"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    return {"file": d["name"], "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


PRICES = {  # itemised sums stated in the texts
    "z01": ([720000, 548000, 142000, 58000], 1468000), "z02": ([1236000, 214000, 96000, 24000], 1570000),
    "z03": ([204000 * 2, 86000], 494000), "z04": ([412000, 168000, 156000, 100000], 836000),
    "z05": ([360000, 96000, 24000], 480000), "e01": ([1120000, 268000, 42000], 1430000),
    "e02": ([268000, 268000, 68000], 604000), "e03": ([1256000, 148000, 36000], 1440000),
    "e04": ([96000, 36 * 58000], 2184000), "e05": ([48000, 396000, 396000], 840000),
}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for p in MUST_HIT:
        assert any(re.search(q, p) for q in THRESHOLD_PATTERNS), ("must hit", p)
    for p in MUST_MISS:
        assert not any(re.search(q, p) for q in THRESHOLD_PATTERNS), ("must miss", p)
    assert 486000 + 158000 + 312000 + 126000 + 154000 == 1236000
    assert 648000 + 222000 + 386000 == 1256000 and 180 * 3600 == 648000 and 12 * 18500 == 222000
    assert 30 * 6800 == 204000 and 4 * 209000 == 836000 and 4 * 51000 == 204000

    binary = {d["key"]: (d["name"], d["fmt"]) for d in DRAFTS if d["fmt"] in ("docx", "pdf")}
    write({d["key"]: d["src"] for d in DRAFTS}, binary, OUT, wrap_words=True)
    for d in DRAFTS:
        if d["fmt"] in ("txt", "md"):
            (OUT / d["name"]).write_text(d["src"], encoding="utf-8")
            print("wrote", d["name"])

    union, compliant = set(), []
    for d in DRAFTS:
        items, total = PRICES[d["key"]]
        assert sum(items) == total == d["extra"]["contract_value"], d["key"]
        for k, th in THRESHOLDS.items():
            v = d["terms"][k]
            assert v is None or abs(v - th) > 1e-9, (d["key"], k, v)
        s = tco_share(d)
        assert s is None or abs(s - TCO_SHARE_LIMIT) > 2, (d["key"], s)
        rules = derive(d)
        assert rules == sorted(d["design"]), (d["key"], rules, d["design"])
        union |= set(rules)
        text = read_back(OUT / d["name"])
        hits = scan(text)
        assert not hits, (d["key"], hits)
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (d["key"], n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (d["key"], n)
        if not rules:
            compliant.append(d["lang"])
        stem = d["name"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(d, rules), ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        print(f"{d['key']}: {n} {'chars' if d['lang'] == 'zh' else 'words'}, "
              f"tco {'-' if s is None else round(s, 1)}, risk {risk(rules)}, {rules}")
    assert union == set(ALL_RULES), set(ALL_RULES) - union
    assert sorted(compliant) == ["en", "zh"], compliant
    by = {d["key"]: derive(d) for d in DRAFTS}
    assert by["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(by["z05"]) <= 10
    assert sorted(len(v) for k, v in by.items() if k not in ("e01", "z05") and v) == [2, 2, 2, 2, 2, 3]
    print("all checks passed")
