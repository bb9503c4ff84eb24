"""holdout819: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .docx and .pdf are built with ../word_pdf.py
(PDFs broken at word boundaries, as holdout15 onwards); .txt and .md are written as they are.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H819Z01 = """T:县文物局古墓葬保护管理平台建设项目合同
P:合同编号：WWJ-ZC-2026-017（政府采购）
P:采购人（甲方）：临川县文物局
P:供应商（乙方）：赣西数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就临川县古墓葬保护管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供古墓葬保护管理平台软件（含文物点台账、巡查管理、监测预警、统计分析四个模块）的永久使用许可，部署于甲方指定的政务云环境，许可用户数不限。
P:1.2 乙方按甲方需求完成以下定制开发：文物巡查员移动端App（含轨迹记录、拍照上报、隐患登记）；古墓葬分布“一张图”GIS展示；与省级文物安全监管平台、县公安视频监控平台的数据接口。
P:1.3 乙方完成全县一千二百六十处古墓葬档案的数字化建库，包括坐标、保护范围、照片及历史巡查记录的整理与导入。
P:1.4 乙方负责系统部署、联调、上线和对甲方及各乡镇文物协管员的培训。培训不少于三期，每期不少于两日，培训教材由乙方编制。
P:1.5 乙方应交付需求规格说明书、系统设计文档、数据字典、用户手册、运维手册及培训教材，文档以中文编写，纸质版和电子版各一套。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾贰万陆仟元整（¥1,326,000），包括：平台软件许可费¥680,000；定制开发费¥452,000；数据建库费¥136,000；实施及培训费¥58,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、部署及培训等乙方履行本合同的全部费用，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 合同签订前，乙方应提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后十个工作日内由甲方无息退还；乙方违约的，甲方可从中扣除违约金及赔偿金。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起一百二十日内完成部署及定制开发并申请初步验收。
P:4.2 数据建库应于合同签订之日起九十日内完成，并经甲方逐点核对。
P:4.3 乙方应组建不少于八人的项目团队，项目经理应具备高级工程师职称并在实施期间常驻临川县，未经甲方书面同意不得更换。
P:4.4 甲方负责提供政务云资源、网络环境及必要的业务资料，指定项目联系人，并及时组织验收。
H:第五条 验收
P:5.1 初步验收标准：需求清单所列功能逐项实现；移动端在甲方提供的测试账号下完成巡查、上报、整改闭环；GIS一张图与建库数据一致；两个外部接口连续十日数据交换无差错。
P:5.2 最终验收标准：系统试运行六十日，期间无一级故障；二百个并发用户下页面平均响应时间不超过三秒；乙方提交第三方出具的网络安全等级保护测评报告且无高风险问题；建库数据按甲方抽样核对，差错不超过抽样量的千分之二。
P:5.3 甲方收到验收申请后十五个工作日内组织验收，出具书面验收意见。系统上线、试运行或甲方使用均不视为验收合格。未通过验收的，乙方应在二十日内整改后重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和远程技术支持。
P:6.2 质保期满后，如甲方需要续购运维服务，年度运维费不超过平台软件许可费的8%（即每年不超过¥54,400），该价格在质保期满后三年内不上调。运维服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%（计划维护除外，计划维护应提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体无法访问或监测预警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时1小时，甲方可扣减乙方运维费用或履约保证金¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,000。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方保证所提供的软件及定制开发成果不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部费用和赔偿责任。
P:8.3 本合同项下定制开发的移动端App、GIS一张图、数据接口程序及其源代码、技术文档，知识产权归甲方所有，乙方应在最终验收时交付完整源代码。甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 古墓葬坐标、保护范围、巡查记录等全部业务数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对坐标等敏感数据加密存储，运维操作通过甲方堡垒机进行并留存日志，不得将数据复制至政务云以外的环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
P:9.4 合同终止时，乙方应将全部业务数据完整移交甲方，并彻底删除其留存的副本，出具书面删除说明。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的文物点位置、安防部署及甲方工作秘密负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务不因合同终止而解除。乙方人员应签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日、交付成果两次验收不合格，或严重违反第九条、第十条的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 因地震、洪水等不可抗力不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，可根据影响程度部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同项下的通知应以书面形式送达合同首部所列地址，一方地址变更的，应在变更后三日内书面通知对方。
P:15.2 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。本合同未尽事宜，按政府采购相关规定执行。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川县文物局    乙方（盖章）：赣西数智科技有限公司
P:签订日期：2026年   月   日
"""

H819Z02 = """T:一次性手套生产线控制系统改造合同
P:合同编号：HXFH-GK-2026-08
P:甲方：鹤鑫防护用品有限公司
P:乙方：苏锦工控自动化有限公司
P:甲方拥有丁腈及PVC一次性手套浸渍生产线八条。为提高温控精度、减少针孔和撕裂等缺陷并实现生产数据采集，甲方委托乙方对上述生产线的控制系统进行改造。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责八条生产线的PLC控制柜更换、变频器及温控模块更换、在线视觉检测单元加装，以及产线监控软件的安装与授权。
P:1.2 乙方为甲方定制开发配方管理模块、设备联锁及报警逻辑、操作屏（HMI）画面，以及产线监控软件与甲方ERP系统之间的产量与质量数据接口。
P:1.3 改造按“逐线停产、逐线恢复”方式实施，每条线停产时间不超过六日，具体排期由双方另行书面确认。
P:1.4 乙方应在合同生效后十五日内提交改造技术方案、电气图纸、I/O点表及停产切换方案，经甲方书面确认后实施。
P:1.5 所供设备应为全新、原厂正品，PLC、变频器、工业相机等主要部件的品牌型号以附件一为准，未经甲方书面同意不得替换。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾贰万捌仟元整（¥2,128,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|8套|96,000|768,000
TB:2|变频器及温控模块|8套|41,500|332,000
TB:3|在线视觉检测单元|8套|58,000|464,000
TB:4|产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,750,000
TB:5|配方管理及定制开发|1项|212,000|212,000
TB:6|安装调试|1项|148,000|148,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:|合计|||2,128,000
P:2.2 合同总价为含税固定价格，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 八条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次收款前应开具增值税专用发票。
P:3.5 甲方付款前有权核对发票与到货、验收资料，资料不全的，付款期限相应顺延。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后四十五日内完成全部设备到货，九十日内完成八条生产线的改造并申请最终验收。
P:4.2 因甲方未按排期停产导致工期延误的，工期相应顺延。
P:4.3 乙方施工人员应遵守甲方安全生产、防火及车间卫生管理制度，动火、带电作业须办理审批手续；因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.4 甲方负责提供施工所需的电源、压缩空气和临时堆放场地，并按确认的排期安排停产。
P:4.5 设备运输、保险及卸货由乙方负责，设备在甲方签收前的毁损灭失风险由乙方承担。
H:第五条 验收
P:5.1 每条生产线改造完成后，应满负荷连续运行七十二小时，期间不得出现因控制系统导致的停线；浸渍槽温度波动不超过±0.5℃；视觉检测单元对甲方提供的二百只标准缺陷样品逐一检测，漏检不超过三只；ERP接口数据与现场计数逐班核对一致。
P:5.2 八条线均达到上述标准并稳定运行二十日后，甲方出具最终验收报告。试运行或甲方投产使用不视为验收合格。
P:5.3 验收不合格的，乙方应在十五日内整改并重新验收，费用自理。
P:5.4 验收时乙方应交付竣工图纸、PLC程序备份、HMI工程文件、软件安装介质以及操作和维护手册。
P:5.5 乙方应对甲方电工、工艺员和操作工分别进行培训，总时长不少于五日，考核合格后出具培训记录。
H:第六条 质保与维保
P:6.1 质保期二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 一级故障（任一生产线因控制系统停线）乙方应在1小时内响应，6小时内到场，到场后8小时内恢复生产；二级故障2小时内响应，48小时内解决。
P:6.3 响应、到场或恢复每超时1小时，乙方向甲方支付¥500。
P:6.4 乙方应在甲方现场存放PLC模块、变频器、工业相机等关键备件，质保期内备件消耗由乙方免费补充；同一部件累计更换三次以上的，乙方应更换同型号新品，该部件质保期重新计算。
P:6.5 质保期满后，甲方如续购维保服务，年度维保费为软硬件小计的9%，即每年¥157,500，三年内不得上调；维保服务逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 PLC程序、配方管理模块、HMI画面、联锁逻辑及ERP接口程序等定制开发成果及其源程序，知识产权归甲方所有，乙方应在验收时一并交付。甲方可自行修改或委托他人维护。
P:7.2 产线监控软件的原有知识产权归乙方，甲方享有永久使用权。
P:7.3 乙方保证所供设备和软件不侵犯第三方知识产权，因此引起的纠纷及赔偿由乙方负责。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、产量及质量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方工业防火墙指定通道进行，操作全程留痕；不得将甲方数据拷贝带离现场。
P:8.3 发生数据泄露或被篡改的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担赔偿责任。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、配方、客户及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。
P:9.2 乙方人员在甲方厂区内不得拍摄生产线及工艺设备，确需拍摄的应经甲方书面同意。
H:第十条 违约责任
P:10.1 乙方逾期完成到货或改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
P:10.3 乙方所供设备不符合约定的，甲方有权要求更换，由此导致的工期延误按本条第10.1款处理。
P:10.4 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设及控制柜搬运就位等辅助工作分包给第三方，但应提前三个工作日书面通知甲方，并对分包方的工作质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或改造后生产线两次验收不合格的，甲方有权书面通知解除合同，要求乙方退还已付款项并赔偿损失。
P:12.2 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
P:12.3 合同解除后，乙方应在十日内撤离现场，并将已完成部分的程序和资料移交甲方。
P:12.4 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交苏州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括：附件一设备清单及技术参数；附件二改造技术方案；附件三停产排期表。附件与本合同具有同等效力。
P:14.2 双方往来通知以书面形式送达本合同所列地址或指定联系人的电子邮箱。
P:14.3 本合同一式四份，双方各执二份，自双方签章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
"""

H819Z03 = """琴韵连锁门店约课及会员管理SaaS服务合同

合同编号：QY-SaaS-2026-0311
甲方：琴韵手风琴艺术培训有限公司（以下简称“甲方”）
乙方：云雀课栈信息技术有限公司（以下简称“乙方”）

甲方在全国经营三十家手风琴培训门店，现需统一的约课、排课、会员及收银管理系统。乙方以软件即服务（SaaS）方式向甲方提供“云雀课栈”平台，并完成上线实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通“云雀课栈”平台的约课排课、会员储值与课时管理、教师课酬统计、收银对账及家长端小程序功能。
2. 平台同时提供排课冲突自动检测、教师课表、学员课时到期提醒、请假补课、储值卡及次卡管理、门店经营日报及总部汇总报表。
3. 门店数量在服务期内增加的，按本合同单价另行签订补充协议。
（二）实施服务
1. 将甲方现有学员档案、剩余课时及储值余额迁移至平台。
2. 为甲方定制品牌小程序首页、考级报名页面，以及与甲方财务系统之间的收款对账接口。
3. 对各门店店长、前台及教师进行操作培训。
4. 协助甲方制定门店前台操作规范和会员储值管理制度。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，每一年为一个服务年度。
（二）服务期满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。续期时乙方可根据成本变化上调订阅费，单次上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前通知甲方。
（三）服务期内，乙方可对平台进行功能升级，但不得降低本合同约定的功能和服务水平；重大版本升级应提前七日通知甲方。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币6,800元，三十家门店每个服务年度合计204,000元，两个服务年度合计408,000元。
（二）实施费：人民币86,000元，一次性支付。
（三）合同总金额为人民币494,000元。
（四）实施费在上线验收合格后十个工作日内支付。每个服务年度的订阅费在该服务年度开始后十五日内支付。
（五）乙方应在收款前开具合法发票。
（六）合同总金额为固定价格，已包含税费，服务期内订阅单价不作调整。甲方对账单有异议的，应在收到后十日内提出，双方核对后据实结算。

四、实施与验收
（一）乙方应在合同签订后四十日内完成数据迁移、定制开发和培训，并提出上线验收申请。
（二）验收标准：
1. 三十家门店全部开通并完成一次真实约课、签到、扣课和收银流程；
2. 迁移后的学员人数、剩余课时和储值余额与甲方提供的原始台账逐条核对一致；
3. 小程序在五百名家长同时在线时，约课提交后三秒内返回结果；
4. 财务对账接口连续七日的收款数据与银行流水一致。
（三）甲方应在收到验收申请后十个工作日内完成验收并签署验收单。试用期间的使用不视为验收合格。
（四）验收不合格的，乙方应在十日内整改并重新提交验收，整改期间不计入服务期。
（五）乙方应指定实施项目经理一名，按周向甲方提交实施进度报告；实施期间每家门店至少安排一次现场或远程培训。甲方应指定对接人，按乙方要求提供原始台账和门店网络环境，并及时组织验收。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护须提前两日通知并安排在每日零时至六时之间。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法约课、收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单一门店或单一功能异常）：2小时内响应，一个工作日内解决；
3. 三级问题（咨询、优化建议）：一个工作日内答复。
（三）服务补偿：月可用率低于承诺值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障响应每超时一小时，另抵扣当月订阅费的1%。
（四）乙方计划内维护每月不超过两次，单次不超过两小时。乙方应每日备份甲方数据，备份保存三十日，数据恢复点目标不超过一小时。
（五）乙方每月5日前向甲方提供上月服务报告，内容包括可用率、故障次数及处理情况。

六、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）为甲方定制的小程序页面、设计素材、考级报名页面及对账接口程序的知识产权归甲方所有，乙方应在实施完成时交付源代码和文档，甲方可自行修改或交由第三方维护。
（三）乙方保证平台及交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。

七、数据安全与数据使用
（一）甲方及学员、家长在平台上产生的数据（包括姓名、联系方式、上课记录、缴费记录）归甲方所有。
（二）乙方应按《个人信息保护法》《数据安全法》履行数据安全保护义务：数据存储于中国境内，敏感个人信息加密存储，员工访问实行最小权限并留存日志。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
（四）甲方同意，乙方可对平台数据进行去标识化及汇总处理后，用于改进乙方产品、编制行业报告及为其他客户提供经营分析服务，该等汇总数据的权利归乙方。
（五）服务期满或合同解除后三十日内，乙方应将甲方数据完整导出交付甲方，并在甲方确认后删除。
（六）乙方保证平台已完成网络安全等级保护第三级备案和测评，并在服务期内保持有效。

八、保密
双方对在合作中获悉的对方商业秘密、学员信息、价格及经营数据负有保密义务，未经对方书面同意不得向任何第三方披露。乙方员工应签署保密承诺。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方逾期完成实施的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之四支付违约金。
（三）乙方违反第七条约定的，除赔偿损失外，甲方有权立即解除合同。
（四）因乙方原因导致平台连续中断超过八小时的，乙方除按第五条给予服务补偿外，还应赔偿甲方因此遭受的直接损失。

十、分包
乙方不得将本合同项下的实施工作转包，亦不得分包给第三方，但经甲方事先书面同意的除外。

十一、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除合同，乙方退还未履行服务期间的订阅费。
（三）合同解除的，乙方应按第七条第（五）项交付数据，并协助甲方完成迁移。
（四）因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行、部分履行或解除合同。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

十三、其他
（一）双方应遵守反商业贿赂规定，任何一方不得向对方人员提供回扣或其他不正当利益。
（二）本合同项下通知以书面形式送达合同所列地址或双方指定的电子邮箱。
（三）附件一：功能清单；附件二：实施计划；附件三：服务水平及补偿说明。附件与本合同具有同等效力。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                       乙方（盖章）：
日期：                               日期：
"""

H819Z04 = """青溪市园林局景观灯光与喷泉控制系统年度运维服务合同

项目编号：QXYL-CS-2026-052（竞争性磋商）
采购人（甲方）：青溪市园林局
成交供应商（乙方）：澜光智慧照明工程有限公司

根据青溪市园林局景观灯光与喷泉控制系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。磋商文件、响应文件、成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：滨江公园、凤凰山公园、人民广场三处景观灯光集中控制系统（含控制主机、区域控制箱、单灯控制器约三千二百套、DMX512信号网络及控制软件），以及人民广场音乐喷泉控制系统（含喷泉控制柜、水泵变频装置、编程控制软件及音响联动设备）。
（二）服务内容：日常巡检、故障维修、控制程序维护与节目编排更新、备品备件供应、重大节假日及大型活动期间的现场保障，以及系统运行情况的月度报告。
（三）乙方应在合同签订后十日内完成现场交接，核对设备清单，建立设备档案和故障台账。
（四）服务范围内新增或改造的灯光设施，经甲方书面确认后纳入运维范围，费用按本合同单价协商确定。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止，为期一年，其中最后一个月为交接期。服务期满本合同自然终止，不自动续期；后续服务由甲方依法重新组织采购。

第三条 合同价款
（一）合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：灯光控制系统运维费¥238,000；喷泉控制系统运维费¥176,000；备品备件费¥96,000；节假日及活动保障费¥76,000。
（二）上述价格为固定总价，包含人工、交通、工具、备件、税费等全部费用。单件价值在人民币两千元以上的主控设备更换，另行报甲方审批。
（三）备品备件费包干使用，服务期满后剩余备件归甲方所有。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方根据第七条的考核结果，于十五个工作日内支付该季度服务费，扣除考核扣款后据实结算。
（三）乙方应在每次付款前开具合规发票。
（四）甲方在支付最后一个季度服务费前，应完成第七条第（四）项的年度服务验收。

第五条 服务要求
（一）乙方应派驻不少于五名专职运维人员，其中持电工证人员不少于三名，项目负责人须具备三年以上同类项目经验。驻场人员名单报甲方备案，未经甲方同意不得更换。
（二）日常巡检：灯光系统每日开灯后巡查一次，喷泉系统每周全面检查一次，并填写巡检记录。
（三）故障分级与处理时限：
1. 一级故障（任一公园主景观带整体不亮、喷泉控制失灵或存在触电、漏水等安全隐患）：接报后15分钟内响应，2小时内到场，6小时内排除或采取隔离措施；
2. 二级故障（区域性灯光异常、单组水泵或喷头故障）：1小时内响应，24小时内修复；
3. 三级故障（单灯不亮、个别控制器离线）：48小时内修复。
（四）节假日保障：春节、元宵、劳动节、国庆节及甲方通知的大型活动期间，乙方应安排人员现场值守，并按甲方要求更新灯光及喷泉节目。重大活动前三日，乙方应对涉及区域进行全面检测和节目预演，并将保障方案报甲方确认。
（五）乙方应配备高空作业车一台、应急照明及抽水设备，并在人民广场设置备件库。
（六）每月5日前，乙方应向甲方提交上月运维报告，包括巡检情况、故障处理、备件消耗和改进建议。
（七）乙方应于每年汛期前对喷泉泵房、控制柜进行防水检查，冬季对管路进行排空防冻处理。

第六条 运维资料与成果
运维期间形成的巡检记录、故障台账、控制程序、灯光及喷泉节目文件、系统配置文件归甲方所有，乙方仅为履行本合同使用。乙方编写或修改的控制程序和节目文件，知识产权归甲方所有，合同终止时乙方应完整移交，甲方可自行使用、修改或交由其他单位维护。乙方应建立设备运行台账，如实记录开关灯时间、节目播放和故障处理情况。

第七条 考核与验收
（一）甲方每季度按运维考核表对乙方进行考核，考核内容包括巡检完成率、故障处理时限、节日保障质量及资料完整性，满分一百分。
（二）季度考核得分低于九十分的，每低一分扣减当季服务费人民币一千元；低于七十分的，甲方有权要求更换项目负责人。
（三）故障处理超出第五条第（三）项规定时限的，每超时一小时扣减服务费人民币三百元。
（四）服务期满后，甲方组织年度服务验收，验收标准为：全部季度考核合格；运维资料齐全并完成移交；交接期内系统正常运行且无遗留一级、二级故障。年度验收合格后，甲方出具验收报告。

第八条 违约责任
（一）乙方未按约定时间进场，或节假日保障未按约定开展的，每延误一日，按合同总价的千分之一支付违约金。
（二）因乙方维护不当造成设备损坏的，乙方负责修复或按原价赔偿。
（三）因乙方原因造成人身伤害或财产损失的，由乙方承担全部责任。
（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（五）乙方项目负责人或驻场人员未经甲方同意擅自离岗或被更换的，每人次扣减服务费人民币两千元。

第九条 安全生产
（一）乙方应遵守电气作业、水下作业及高处作业安全规程，作业人员持证上岗，必要时设置警示区域。
（二）乙方应为现场作业人员购买意外伤害保险。
（三）作业现场应设置围挡和警示标志，喷泉水池作业时须断电并挂牌上锁。
（四）雷雨、大风等恶劣天气期间，乙方应停止喷泉运行和高空作业，并加强对控制箱的巡查。

第十条 转包与分包
乙方不得将本合同项下的服务转包，亦不得将其中任何部分分包给第三方。

第十一条 合同解除
（一）乙方连续两个季度考核不合格，或发生重大安全责任事故的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
（二）任何一方严重违反本合同，经对方书面催告后十日内仍未改正的，对方有权解除合同。
（三）合同解除的，乙方应在七日内完成资料和备件移交，甲方按实际服务期间和考核结果结算费用。
（四）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或解除合同。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向青溪市人民法院提起诉讼。诉讼期间，双方应继续履行合同中不涉及争议的部分。

第十三条 甲方责任
（一）甲方提供控制室、值班场所及必要的水电条件。
（二）甲方指定专人负责联系协调，及时审核乙方报送的方案和报告。
（三）甲方按本合同约定支付服务费。

第十四条 其他
（一）双方应遵守廉洁规定，乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。
（二）本合同项下通知以书面形式送达合同所列地址。附件：运维考核表、设备清单、故障分级说明。
（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（四）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：青溪市园林局                乙方（盖章）：澜光智慧照明工程有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
签订日期：                                签订日期：
"""

H819Z05 = """# 刻迹工艺流程追踪系统 软件许可及定制开发合同

（刻迹软件标准合同文本 KJ-STD-V3.0）

合同编号：KJ-2026-0417

甲方（采购方）：墨槐木版画工作室有限公司

乙方（供应方）：刻迹软件科技有限公司

鉴于乙方拥有“刻迹工艺流程追踪系统”（以下简称“本软件”）的全部知识产权，甲方希望获得本软件的使用许可并委托乙方进行定制开发，双方根据《中华人民共和国民法典》，在平等自愿的基础上达成如下条款，以资共同遵守。

## 第一条 定义

1.1 “本软件”指乙方开发的刻迹工艺流程追踪系统标准版，包括画稿管理、刻版工序、印刷批次、装裱入库及订单追溯模块。

1.2 “定制开发成果”指乙方根据甲方需求开发的工序看板、版材与纸张库存管理、作品唯一编码及溯源查询页面，以及与甲方网店订单系统的接口。

1.3 “上线运行”指乙方完成本软件及定制开发成果的安装部署，甲方可登录使用。

1.4 “维护年度”指免费维护期满后每连续的一年期间。

## 第二条 许可范围

2.1 乙方授予甲方本软件的永久、非独占、不可转让的使用许可，仅限甲方在其经营场所内部使用，用户数不超过六十个。

2.2 甲方不得对本软件进行反向工程、反编译，不得转许可或出租给任何第三方。

2.3 本软件的许可仅限于甲方，甲方关联企业使用本软件的，应另行购买许可。

## 第三条 合同价款

3.1 合同总价为人民币陆拾贰万元整（¥620,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 本软件永久使用许可（六十用户） | 420,000 |
| 2 | 定制开发（工序看板、库存、溯源、接口） | 156,000 |
| 3 | 实施部署及培训 | 44,000 |
| | 合计 | 620,000 |

3.2 以上价格含增值税。甲方增加用户数或功能模块的，按乙方当年公布的价格另行计费。如因国家税率调整，合同价款中的税额相应调整。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币403,000元。乙方收到该款项后开始实施。

4.2 本软件及定制开发成果上线运行后十个工作日内，甲方支付合同总价的35%，即人民币217,000元。

4.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停全部服务直至甲方付清款项。

4.4 乙方在收到每笔款项前向甲方开具增值税普通发票。

## 第五条 交付与验收

5.1 乙方应在收到首期款项后七十五日内完成安装部署及定制开发，并通知甲方上线运行。

5.2 本软件及定制开发成果安装部署完成并上线运行，即视为甲方验收合格。甲方在上线运行后提出的功能调整要求，按需求变更另行计费。

5.3 甲方应为乙方提供必要的场地、网络和服务器环境，因甲方原因导致无法按期上线的，交付期限相应顺延。甲方使用本软件所需的服务器、操作系统及数据库由甲方自行采购。

5.4 乙方交付内容包括本软件安装程序、定制开发成果的可执行程序、用户手册及管理员手册。

5.5 乙方为甲方提供两次现场培训，每次一日；超出部分按每人每日人民币两千元另行计费。

5.6 甲方应指定项目联系人，提供准确完整的业务需求、工序资料及测试数据，并在五个工作日内书面确认乙方提交的需求说明书；逾期未确认的，视为确认。

## 第六条 维护服务

6.1 乙方自上线运行之日起提供六个月的免费维护，内容包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告一级故障（系统无法登录或数据无法保存）的，乙方在24小时内响应；其他问题在三个工作日内响应。乙方将尽力修复故障，但不对修复时间作出承诺。

6.3 乙方不因响应时间或修复时间未达到甲方预期而承担任何扣款、赔偿或违约金责任。

6.4 以下情形不属于免费维护范围：甲方自行修改系统配置或数据库；服务器、网络等非乙方提供的软硬件故障；因停电、病毒等外部原因导致的问题。

6.5 免费维护期内，乙方每季度提供一次远程巡检并出具巡检记录；乙方发布本软件新版本的，甲方可免费升级一次。

## 第七条 年度维护费

7.1 免费维护期满后，甲方应购买年度维护服务以继续获得缺陷修复、版本升级和技术支持。年度维护费为本软件许可费的26%，即每年人民币109,200元，于每个维护年度开始前一次性支付。

7.2 甲方未购买年度维护服务的，乙方不再提供任何技术支持，本软件升级版本亦不向甲方提供。

7.3 年度维护服务期内，乙方对一级故障的响应时间与第6.2款相同，其他服务内容以乙方维护服务说明为准。

## 第八条 知识产权

8.1 本软件及其全部升级版本的知识产权归乙方所有。

8.2 定制开发成果（包括源代码、设计文档、数据库结构及接口程序）的知识产权归乙方所有。乙方授予甲方在本合同许可范围内的非独占使用权，甲方不得自行或委托第三方修改、复制或向他人提供。

8.3 乙方有权将定制开发成果中的通用功能纳入本软件后续版本，提供给其他客户。

8.4 甲方保证其提供给乙方的资料、图片不侵犯第三方权利。

## 第九条 数据安全

9.1 甲方在本软件中录入和产生的作品信息、订单、客户资料等数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护时应使用甲方分配的账号，采取访问控制和日志记录等必要的安全措施，不得擅自下载、复制甲方数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，协助恢复数据，并依法承担相应的赔偿责任。

9.4 甲方应自行做好数据备份，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得披露。

10.2 本条保密义务在合同终止后两年内有效。保密信息不包括已经公开的信息。双方员工均应遵守本条约定。

## 第十一条 违约责任

11.1 乙方逾期上线运行的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 任何一方违反本合同其他约定的，应承担相应的违约责任。

11.3 在任何情况下，乙方不对甲方的利润损失、营业中断等间接损失承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方可书面通知解除本合同。

12.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

12.3 因不可抗力导致任何一方不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在十五日内提供证明。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地有管辖权的人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

14.3 本合同的附件包括：附件一《需求说明书》、附件二《实施计划》、附件三《维护服务说明》。

14.4 乙方可将甲方名称及本项目作为案例用于市场宣传，甲方另有书面要求的除外。

甲方（盖章）：墨槐木版画工作室有限公司        乙方（盖章）：刻迹软件科技有限公司

签约代表：                                    签约代表：

日期：                                        日期：
"""

H819E01 = """T:Software Licence and Services Agreement
P:Agreement No. FS-CN-2026-114
P:This Agreement is made between Friulsoft Manutenzione S.r.l., a company incorporated in Italy with its registered office at Via Montereale 27, 33170 Pordenone, Italy (the "Vendor"), and Foshan Lingnan Ceramic Tiles Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province (the "Customer").
P:The Customer operates four tile plants and wishes to replace its spreadsheet-based maintenance planning with the Vendor's plant maintenance management software, adapted to its kilns, presses and glazing lines. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantCare maintenance management software, version 8, in object code, including the work-order, preventive-maintenance, spare-parts, energy and mobile modules, and all updates supplied under this Agreement.
P:1.2 "Custom Developments" means the kiln-cycle maintenance rules, the interfaces to the Customer's ERP and energy metering systems, the Chinese-language report set and any other software, configuration or documentation written specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the start of productive use of the Software at all four plants.
P:1.4 "Final Acceptance" means the issue by the Customer of the certificate described in Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers for up to 150 named users and six plant sites, for the Customer's internal business purposes and those of its subsidiaries.
P:2.2 The Customer may make reasonable copies of the Software for back-up, testing and disaster recovery. The licence survives any termination of the support services.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it for the four plants, develop and install the Custom Developments, migrate the Customer's existing equipment registers and maintenance history, and train the Customer's key users and administrators.
P:3.2 The Vendor shall deliver the services in accordance with the project plan attached as Annex 1. Each party shall appoint a project manager who may agree changes to the plan in writing.
P:3.3 The Customer shall give the Vendor timely access to the plants, the servers and its key users, provide the data to be migrated in the agreed formats, and decide open questions raised by the Vendor within five working days. The Vendor's dates are extended to the extent that a delay is caused by the Customer.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,752,000 (the "Contract Price"), made up of: Licence Fee CNY 1,240,000; implementation services CNY 386,000; data migration CNY 92,000; training CNY 34,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 10% of the Contract Price within 30 days after signature, against the Vendor's invoice; (b) 55% within 30 days after Go-Live; and (c) the remaining 35% within 30 days after Final Acceptance.
P:4.3 Each invoice shall be a valid Chinese VAT invoice or, for amounts paid abroad, a commercial invoice accepted by the Customer's bank.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature and request Final Acceptance no later than 60 days after Go-Live.
P:5.2 Final Acceptance requires that: (a) every function in the requirements list of Annex 2 has been demonstrated in the acceptance tests agreed by the parties; (b) the migrated equipment registers and maintenance history have been reconciled record by record against the Customer's source files; (c) the ERP and energy interfaces have exchanged data without error for 20 consecutive working days; (d) screens open within three seconds with 120 concurrent users; and (e) the Software has run for 30 consecutive days after Go-Live without a Severity 1 incident.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. If the Customer rejects acceptance, it shall state the failed criteria in writing and the Vendor shall correct them and repeat the tests at its own cost. Go-Live, productive use or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that for 24 months after Final Acceptance the Software and the Custom Developments will perform materially in accordance with their documentation. During the warranty the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support requests are classified by severity. For Severity 1 (the Software is unavailable or work orders cannot be created at any plant) the Vendor shall respond within one hour, 24 hours a day, and provide a workaround within eight hours. For Severity 2 the Vendor shall respond within two business hours and correct the defect within five business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000, deductible from any amount payable.
P:6.4 After the warranty, the Customer may order annual support at 11% of the Licence Fee, that is CNY 136,400 per year, fixed for the first three support years. Any later increase shall not exceed 3% per year. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Developments, including source code and documentation, belong to the Customer on creation. The Vendor shall deliver the source code at Final Acceptance. The Customer may use, modify and license the Custom Developments freely and may engage third parties to maintain them.
H:Article 8 Customer Data and Security
P:8.1 All data entered into or generated by the Software, including equipment registers, maintenance records and energy readings ("Customer Data"), belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with named accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's environment, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This Article survives termination for five years.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve Go-Live or to request Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The liquidated damages do not prevent the Customer from terminating under Article 13.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to breach of Articles 8 and 9, infringement of third-party rights, personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of its approved subcontractors.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:13.2 The Customer may also terminate if the liquidated damages under Article 10 reach their maximum.
P:13.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the Customer may keep and use the licensed Software and the Custom Developments delivered.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Chamber of Arbitration of Milan by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (project plan) and Annex 2 (requirements list), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.2 Neither party is liable for a delay caused by force majeure, such as natural disasters, epidemics or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effects. If force majeure lasts more than 90 days, either party may terminate by written notice.
P:15.3 Notices shall be given in writing to the addresses stated above or to any other address notified by a party, and by email to the project managers.
P:15.4 This Agreement is made in English in two originals, one for each party.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

H819E02 = """# Order Form and General Terms — CellarTrace Subscription

Order Form No. BDC-OF-2026-0093

Provider: Bodega Digital Cloud, S.L., Calle de San Torcuato 41, 49014 Zamora, Spain ("Provider")

Customer: Ningbo Haiyue Wine Import Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

## Part A — Order Details

### A1. Subscribed Service

CellarTrace, Provider's cloud service for wine import operations, covering bonded-warehouse stock, lot and vintage traceability, customs-declaration data preparation, cold-chain temperature logs, distributor orders and the mobile stocktaking application, for up to 85 named users and three warehouses (Ningbo, Shanghai and Chengdu).

### A2. Subscription Term

Twenty-four months, consisting of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A4 (the "Subscription Start Date"). The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 85 users, 3 warehouses | 268,000 |
| Subscription Fee, Subscription Year 2 | 85 users, 3 warehouses | 268,000 |
| Onboarding Fee | one-time | 46,000 |
| Total Fees | | 582,000 |

The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days after invoice. The Onboarding Fee is invoiced after Onboarding Acceptance and payable within 30 days after invoice. No amount is payable before the Subscription Start Date. Fees include VAT and are paid in CNY to Provider's account in China.

### A4. Onboarding and Acceptance

Provider shall, within 45 days after signature of this Order Form: configure the service for Customer's three warehouses; import Customer's product master, open lots and stock balances; connect the temperature loggers of Customer's cold rooms; set up the customs-declaration data export in the format of Customer's customs broker; and train Customer's key users. Onboarding Acceptance is given by Customer in writing when (a) imported stock balances match Customer's stock count file lot by lot, (b) the customs export has been accepted by the broker's system for ten consecutive declarations, (c) temperature logs have been received from every logger for seven days without a gap, and (d) the functions listed in the onboarding checklist have been demonstrated. Use of the service before that date is trial use and is not acceptance.

If Onboarding Acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay Customer CNY 350 for each day of delay.

### A5. Service Levels

Provider commits to monthly availability of the production service of 99.95%, excluding maintenance windows notified at least three days in advance and scheduled between 00:00 and 06:00 China Standard Time. Priority 1 incidents (the service is unavailable, or stock movements cannot be recorded at any warehouse) shall receive a response within 30 minutes at any time and a workaround within six hours. Priority 2 incidents shall receive a response within two business hours. Service credits apply under section B3.

### A6. Contacts and Notices

Customer contact: IT Manager, Ningbo head office. Provider contact: Customer Success Manager, Asia-Pacific. Notices under this Order Form may be given by email to the addresses of these contacts and are effective on receipt.

## Part B — General Terms

### B1. Provision of the Service

1.1 Provider shall make the service available to Customer's authorised users during the Subscription Term in accordance with this Order Form and the documentation.

1.2 Provider may update the service from time to time, provided that no update materially reduces the functions described in A1.

1.3 Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure.

1.4 Customer shall not use the service to store unlawful content, shall not attempt to access parts of the service not made available to it, and shall not share user accounts between persons.

### B2. Support

2.1 Provider shall provide support in Chinese and English through its service portal and a telephone hotline.

2.2 Support for Priority 1 incidents is available 24 hours a day, seven days a week. Support for other incidents is available from 09:00 to 18:00 China Standard Time on business days.

2.3 Provider shall name a customer success manager who reviews service performance, open incidents and planned changes with Customer once every quarter.

### B3. Service Credits

3.1 If availability in a month is below the level in A5, Customer receives a credit of 5% of the monthly portion of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly portion.

3.2 If Provider misses a Priority 1 response or workaround time, Customer receives a further credit of CNY 1,500 for each started hour of delay.

3.3 Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### B4. Customer Data

4.1 All data that Customer or its users enter into or generate in the service, including product, lot, stock, customer, order and temperature data ("Customer Data"), belongs to Customer.

4.2 Provider shall process Customer Data only to provide the service to Customer and shall not use it for any other purpose, including benchmarking, product analytics or the training of models.

4.3 Customer Data is hosted in data centres in mainland China. Provider shall protect it with encryption in transit and at rest, role-based access control, logged administrator access, daily back-ups kept for 30 days and annual penetration tests, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

4.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take immediate steps to contain it, and compensate Customer for the losses caused by Provider's failure to comply with this section.

4.5 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

4.6 On request, Provider shall give Customer a copy of its current ISO/IEC 27001 certificate and a summary of its most recent penetration test.

### B5. Intellectual Property

5.1 Provider retains all rights in the service and its documentation.

5.2 The customs-declaration export format, report templates and integration mappings created specifically for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and have third parties use them without restriction, also after the Subscription Term.

### B6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Order Form, and disclose it only to persons who need to know it and are bound by equal obligations.

6.2 These obligations continue for three years after the end of the Subscription Term.

### B7. Subcontractors and Sub-processors

7.1 Provider may use affiliates, hosting providers and other subcontractors to perform any part of the service, including the processing of Customer Data.

7.2 Provider shall inform Customer of any new subcontractor by email at least 15 days before it starts work. Provider remains responsible for the performance of its subcontractors.

### B8. Liability

8.1 Each party's total liability under this Order Form is limited to 200% of the Total Fees.

8.2 The limit does not apply to breach of section B4 or B6, to infringement of intellectual property rights, or to fraud or wilful misconduct.

8.3 Neither party is liable for indirect or consequential loss, except as provided in section B4.4.

### B9. Term and Termination

9.1 This Order Form is non-cancellable for the Subscription Term, and the Fees are committed for the whole Subscription Term.

9.2 Customer may not terminate this Order Form before the end of the Subscription Term. If Provider fails to perform, Customer's remedies are the service credits under section B3 and damages under section B8.

9.3 Provider may suspend the service if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

9.4 On expiry of the Subscription Term, sections B4.5, B5.2, B6 and B8 continue to apply.

### B10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### B11. General

11.1 Neither party may assign this Order Form without the other party's prior written consent.

11.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

11.3 This Order Form is executed in English and Chinese. Both versions have equal force.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

H819E03 = """T:Purchase Contract for Cold-Chain Temperature Sensors and Monitoring Software
P:Contract No. HZLL-PUR-2026-0208
P:Buyer: Hangzhou Lianlian Cold Chain Logistics Co., Ltd., Xiaoshan District, Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer")
P:Supplier: Tarn Capteurs Industriels SAS, 14 Avenue Albert Thomas, 81000 Albi, France (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates cold stores and refrigerated cross-docking centres in six cities and wishes to replace its manual temperature records with a wireless sensor network and central monitoring software. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the wireless temperature and humidity sensors, gateways and calibration kits listed in clause 2.1, and a perpetual licence of its ThermoVeille monitoring software for 700 sensor points.
P:1.2 The Supplier shall install and commission the equipment at the Buyer's six sites, install the software on the Buyer's servers in its Hangzhou data centre, integrate it with the Buyer's warehouse management system (WMS), and train the Buyer's operators and administrators.
P:1.3 The Supplier's personnel working at the Buyer's sites shall comply with the Buyer's safety, hygiene and cold-store access rules and wear the protective clothing provided.
P:1.4 The Supplier shall develop the WMS interface, the alarm escalation rules agreed with the Buyer and the temperature-compliance reports required by the Buyer's customers (together, the "Custom Work").
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,880,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|640|1,150|736,000
TB:2|LoRa gateway with 4G back-up|48|6,200|297,600
TB:3|Field calibration kit|6|18,400|110,400
TB:4|ThermoVeille software licence, perpetual, 700 points|1|428,000|428,000
TB:|Hardware and Licence Subtotal|||1,572,000
TB:5|Installation and commissioning, six sites|1|164,000|164,000
TB:6|WMS integration and Custom Work|1|118,000|118,000
TB:7|Training|1|26,000|26,000
TB:|Contract Price|||1,880,000
P:2.2 The Contract Price is fixed. It includes delivery DDP to the Buyer's sites, import duties, VAT, installation materials, travel and all other costs of the Supplier.
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price as an advance within 15 working days after signature, against a bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance under clause 5.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the six sites within 60 days after signature and complete installation, commissioning and the Custom Work within 110 days after signature.
P:4.2 Title and risk in the equipment pass to the Buyer on delivery to each site.
P:4.3 The equipment shall be packed for sea and road transport, and each package shall be marked with the contract number, the site and a packing list. Damage caused by insufficient packing is at the Supplier's cost.
P:4.4 With each delivery the Supplier shall provide the user and installation manuals in Chinese, the factory calibration certificate of each sensor and the certificates of origin and conformity.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor, checked against a calibrated reference thermometer at two set points, reads within ±0.3 °C; (b) every sensor reports to the software at the configured interval and no site loses more than five readings per sensor in a seven-day test; (c) alarms reach the duty phones within 60 seconds in the alarm tests agreed in the test plan; (d) the WMS interface transfers readings and alarms without error for ten consecutive days; and (e) the whole system runs for 30 consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall test within ten working days after the Supplier's written request and then either issue the Final Acceptance certificate or list the failed criteria. The Supplier shall remedy the failures at its own cost and repeat the tests.
P:5.3 Installation, commissioning, trial operation or use of the system by the Buyer is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective equipment, correct software defects, supply software updates and recalibrate sensors once a year, free of charge.
P:6.2 Severity 1 means that a site or the central software stops receiving readings or sending alarms. For a Severity 1 fault the Supplier shall respond within 30 minutes, be on site within six hours where needed and restore the service within eight hours. For a Severity 2 fault the Supplier shall respond within two hours and restore within two working days.
P:6.3 If the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 800 for each hour or part of an hour of delay from any amount payable to the Supplier.
P:6.4 After the warranty, the Buyer may order support for years four to six at 7.5% of the Hardware and Licence Subtotal per year (CNY 117,900), a fixed price for those three years. Support is ordered by the Buyer each year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts and replacement sensors of the supplied models, or compatible successors, available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The ThermoVeille software remains the property of the Supplier and is licensed to the Buyer perpetually for use in its own operations.
P:7.2 All intellectual property in the Custom Work, including source code, configuration files and documentation, belongs to the Buyer. The Supplier shall deliver the source code with the Final Acceptance request. The Buyer may use, modify and license the Custom Work freely.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the equipment, the software or the Custom Work infringes the intellectual property rights of a third party.
H:8. Data Security
P:8.1 All readings, alarms, logs and reports generated by the system belong to the Buyer. The sensors and gateways send data only to the Buyer's servers. The Supplier may use the data only to perform this Contract.
P:8.2 The Supplier shall access the system only through the Buyer's remote-access platform, with accounts approved by the Buyer for each session, and shall not copy data outside the Buyer's network. Gateways shall be delivered with default passwords disabled and firmware signed.
P:8.3 The Supplier shall report any security incident it becomes aware of within 12 hours, help the Buyer to contain and investigate it, and compensate the Buyer for losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Contract, including the Buyer's customer list, site layouts and network configuration, and shall not disclose it to third parties without prior written consent.
P:9.2 The obligation continues for five years after the end of this Contract.
H:10. Liquidated Damages
P:10.1 If the Supplier fails to meet the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Payment of liquidated damages does not release the Supplier from its obligations.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for items not accepted and bear the Buyer's reasonable extra costs of completing the supply.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:15. General
P:15.1 Neither party is liable for a delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the delay. Dates are extended by the duration of the force majeure.
P:15.2 This Contract, with its annexes (technical specification, site list and test plan), is the entire agreement of the parties on its subject.
P:15.3 This Contract is made in English and Chinese. Both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H819E04 = """# Managed IT Services Agreement

Agreement No. PMS-CD-2026-031

**Between** Pyrène Services Managés SAS, 9 Rue Brauhauban, 65000 Tarbes, France, acting through its Chengdu branch (the "Supplier"), **and** Chengdu Tianfu Aero Components Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China (the "Customer").

**Background.** The Customer manufactures machined parts and assemblies for aircraft programmes at three plants and two offices with about 1,400 users. It wishes to outsource its service desk, end-user support, server and network operations to the Supplier for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under section 4.

1.3 "Monthly Service Charge" means the charge set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its users that the Supplier receives, accesses or generates in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term does not renew automatically. The parties may agree an extension in writing at least 90 days before it ends.

## 3. Services

3.1 The Supplier shall perform the Services described in Schedule 1 at the service levels in Schedule 2, in accordance with good industry practice and the Customer's IT policies notified to it.

3.2 The Supplier shall provide a named service delivery manager and keep at least eight on-site engineers at the Customer's plants during business hours.

3.3 The Supplier shall report monthly on service levels, incidents, changes, asset changes and improvement actions, and attend a monthly service review with the Customer.

3.4 Each year the Supplier shall propose at least three improvement measures, such as automation of routine requests or reduction of repeat incidents, and implement those the Customer approves without extra charge.

## 4. Transition

4.1 The Supplier shall complete the transition of the Services from the Customer's internal team within 75 days after signature, in accordance with the transition plan agreed by the parties.

4.2 Transition Acceptance requires that: (a) all in-scope assets and accounts are recorded in the service management tool and reconciled with the Customer's inventory; (b) monitoring is active for every in-scope server, network device and backup job; (c) the knowledge base contains the procedures listed in the transition plan and has been reviewed by the Customer; (d) the Supplier has handled the service desk in a parallel run of ten working days, meeting the response times of Schedule 2; and (e) the Customer's security team has approved the Supplier's remote-access set-up.

4.3 The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or list the criteria not met. The start of service desk operations is not Transition Acceptance.

4.4 If Transition Acceptance is delayed beyond the period in section 4.1 for reasons attributable to the Supplier, the Supplier shall pay CNY 800 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.2 The Customer shall pay undisputed invoices within 30 days after receipt of a valid VAT invoice. No charge is payable in advance.

5.3 The charges are fixed for the Service Term and include all staff, tools, travel and taxes. Changes in the number of users of up to ten per cent above or below the baseline in Schedule 1 do not change the charges.

## 6. Service Credits

6.1 If the Supplier fails a service level in Schedule 2, the Customer is entitled to the service credit set out there. Credits are deducted from the next invoice.

6.2 Service credits in a month are capped at 12.5% of the Monthly Service Charge. Credits are without prejudice to the Customer's other rights.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Supplier shall use it only to perform the Services and shall not use it for any other purpose.

7.2 The Supplier shall keep Customer Data in mainland China, access the Customer's systems only through the Customer's privileged-access platform with multi-factor authentication, apply the Customer's security policies, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with the export-control obligations that the Customer notifies to it.

7.3 The Supplier shall notify the Customer of any security incident within two hours after becoming aware of it, cooperate in its investigation, and compensate the Customer for the losses it causes by breach of this section.

## 8. Intellectual Property

8.1 Scripts, runbooks, knowledge base articles, configurations and reports prepared by the Supplier specifically for the Customer belong to the Customer, which may use, modify and hand them to any successor supplier freely.

8.2 The Supplier's pre-existing tools remain its property. The Supplier grants the Customer a free licence to use them for the Service Term and the exit period.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's drawings, programme data and network information, and shall not disclose it without prior written consent.

9.2 This section survives the end of this Agreement for five years.

## 10. Personnel and Subcontracting

10.1 The Supplier's engineers working on site shall pass the Customer's background checks and comply with its site rules.

10.2 The service delivery manager and the team leads named in the transition plan are key personnel. The Supplier shall not replace them during the first year of the Service Term without the Customer's consent, except for resignation, illness or similar reasons.

10.3 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 11. Liability

11.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement is limited to the Monthly Service Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

11.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of section 9.

## 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within 30 days after notice, or if the Supplier fails the same Priority 1 service level in three consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the charges in Schedule 3, return all Customer Data and documents, and then delete its copies.

12.4 Within 90 days after the Service Commencement Date, the Supplier shall deliver an exit plan describing the hand-over of knowledge, tools, accounts and open tickets to the Customer or a successor supplier, and keep it up to date.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. General

14.1 Neither party is liable for failure to perform caused by force majeure, provided that it informs the other party promptly and uses reasonable efforts to resume performance. The Supplier's business-continuity plan shall not be affected by this section.

14.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Notices shall be in writing and sent to the addresses above.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and email, Chinese and English, 1,400 users | 24 × 7 |
| End-user support | Desktops, laptops, printers and shop-floor terminals at 5 sites | Business hours, on site |
| Server operations | 96 virtual and 14 physical servers, patching, backup, restore tests | 24 × 7 monitoring |
| Network operations | LAN, Wi-Fi, firewalls and WAN links at 5 sites | 24 × 7 monitoring |
| Asset management | Hardware and software inventory, licence compliance reports | Monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit for each failure |
|---|---|---|---|---|
| P1 | A plant or office cannot work, or a production-critical system is down | 15 minutes | 6 hours | 2% of the Monthly Service Charge |
| P2 | A department or a major function is affected | 30 minutes | 10 hours | 0.5% of the Monthly Service Charge |
| P3 | A single user or a minor function is affected | 2 hours | 3 business days | none |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 156,000 |
| Monthly Service Charge | 118,000 per month × 36 months | 4,248,000 |
| Total Contract Value | | 4,404,000 |
| Exit assistance | per engineer-day, only if requested | 2,800 |
"""

H819E05 = """AGRO-METEOROLOGICAL DATA API SUBSCRIPTION AGREEMENT

Agreement No. LGD-2026-CN-07

PARTIES

Lucania GeoDati S.r.l., Viale del Basento 12, 85100 Potenza, Italy ("Provider").

Shandong Hengfeng Agricultural Technology Co., Ltd., Zibo, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer advises growers and cooperatives on irrigation, fertilisation and harvest timing across about 180,000 hectares of wheat, maize and vegetable fields. Provider operates a data platform that combines satellite imagery, weather-station records and soil models into field-level agro-meteorological indicators and delivers them through an application programming interface (API). Customer wishes to subscribe to that data for use in its own advisory application. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the indicators delivered through the API: daily and hourly weather observations and forecasts, evapotranspiration, soil moisture estimates, crop vegetation indices and frost and heat-stress alerts, for the fields registered by Customer.

1.2 "Customer Data" means the field boundaries, crop types, sowing dates, account details and all other data that Customer or its users submit to the API.

1.3 "Subscription Year" means each period of one year starting on the Subscription Start Date or its anniversary.

1.4 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Custom Deliverables" means the field-mapping scripts, the Shandong crop calendar model and the Chinese-language alert templates that Provider develops specifically for Customer under clause 3.3.

2. SUBSCRIPTION AND TERM

2.1 Provider grants Customer a non-exclusive, non-transferable right to call the API and to use the Data in Customer's advisory application, in reports to its growers and in its internal analysis during the Term.

2.2 The subscription covers up to 180,000 hectares of registered fields and up to 2,000,000 API calls per Subscription Year. Additional calls are charged at the rate in clause 5.3.

2.3 The term of this Agreement is two Subscription Years from the Subscription Start Date (the "Term"). The Agreement expires at the end of the Term unless the parties sign a renewal in writing. There is no automatic renewal.

2.4 Customer may not resell the Data as such, but may pass indicators and advice derived from it to its growers.

2.5 Customer shall not use the Data to build a competing data service, shall not attempt to extract the underlying satellite imagery or models, and shall show the attribution notice described in the API documentation in its application.

3. SERVICES

3.1 Provider shall make the API available to Customer, keep the Data updated at the frequencies stated in the API documentation, and provide technical documentation in English and Chinese.

3.2 Provider will use commercially reasonable efforts to keep the API available and to answer support requests sent to its support mailbox during its normal business hours in Italy. Provider gives no commitment on availability, response times or resolution times, and maintenance may be carried out without prior notice when Provider considers it necessary.

3.3 Before the Subscription Start Date Provider shall register Customer's fields, develop and deliver the Custom Deliverables, and assist Customer's developers in connecting the API to Customer's application.

3.4 Provider shall issue API keys to Customer's named developers. Customer is responsible for keeping the keys secure and shall inform Provider without delay if a key may have been compromised, so that it can be revoked.

4. INTEGRATION ACCEPTANCE

4.1 Provider shall notify Customer in writing when the work under clause 3.3 is complete.

4.2 Integration Acceptance requires that: (a) all fields registered by Customer return Data for every indicator listed in the API documentation; (b) the field-mapping scripts place every one of 500 sample fields chosen by Customer within the correct boundaries; (c) the crop calendar model reproduces the sowing and harvest windows of the last three seasons in the test counties agreed by the parties; (d) alerts are delivered in Chinese to Customer's application for ten consecutive days; and (e) API calls from Customer's production environment are answered in less than two seconds in a load test of 50 calls per second.

4.3 Customer shall carry out the tests within ten working days after Provider's notice and confirm Integration Acceptance in writing or list the criteria not met. Provider shall correct the failures and resubmit. Test calls made before Integration Acceptance do not amount to acceptance.

5. FEES AND PAYMENT

5.1 The fees are: Subscription Fee of CNY 338,000 for each Subscription Year, CNY 676,000 for the Term; and a one-time Integration Fee of CNY 38,000 for the work under clause 3.3. The total fees for the Term are CNY 714,000.

5.2 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt. Nothing is payable before Integration Acceptance.

5.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5.4 All fees are in CNY, include applicable taxes and are paid to the bank account of Provider's representative office in Beijing. The fees are fixed for the Term.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to deliver the Data and the services under this Agreement and shall not use it for any other purpose or disclose it to any third party.

6.2 Provider shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for one year and comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take the steps needed to limit its effects, and indemnify Customer against losses caused by Provider's breach of this clause 6.

6.4 At the end of the Term Provider shall return Customer Data in a machine-readable format and then delete it.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API, the platform and the Data.

7.2 All rights in the Custom Deliverables belong to Customer from their creation. Provider shall deliver their source code and documentation at Integration Acceptance. Customer may use, modify and license the Custom Deliverables freely, including after the Term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.

8.2 This clause continues for three years after the Term.

9. WARRANTIES

9.1 Provider warrants that it has the right to license the Data and that the Data is produced with reasonable skill and care using the methods described in the API documentation.

9.2 Weather forecasts and model estimates are by nature uncertain. Provider does not warrant that the Data is free of errors, and Customer remains responsible for the advice it gives to its growers.

9.3 Provider warrants that the satellite imagery, station records and other sources used to produce the Data are obtained lawfully, and that the Data delivered to Customer in China complies with the PRC rules on surveying, mapping and geographic information.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Term stated in clause 5.1.

10.2 The limit does not apply to breach of clauses 6 and 8, to infringement of third-party rights, or to fraud or wilful misconduct.

10.3 Neither party is liable for loss of profit, crop loss claimed by growers or other indirect loss, except under clause 6.3.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the performance of this Agreement, or the processing of Customer Data, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

12.2 If Customer terminates for Provider's breach, Provider shall refund the Subscription Fee paid for the remaining part of the Subscription Year.

12.3 Clauses 6, 7, 8 and 10 survive termination or expiry.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The award is final and binding.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, or by email to the contacts named by each party.

14.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

14.4 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing.

14.5 This Agreement is made in English and Chinese, and both texts are equally authentic.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {
    "h819z01": ("h819z01_county_relics_tomb_protection_platform.pdf", "zh", H819Z01),
    "h819z02": ("h819z02_glove_factory_line_control_retrofit.docx", "zh", H819Z02),
    "h819z03": ("h819z03_accordion_school_chain_booking_saas.txt", "zh", H819Z03),
    "h819z04": ("h819z04_parks_bureau_lighting_fountain_om.txt", "zh", H819Z04),
    "h819z05": ("h819z05_woodblock_studio_tracking_supplier_template.md", "zh", H819Z05),
    "h819e01": ("h819e01_ceramics_cmms_perpetual_licence_it_vendor.pdf", "en", H819E01),
    "h819e02": ("h819e02_wine_import_saas_order_form_es_vendor.md", "en", H819E02),
    "h819e03": ("h819e03_cold_chain_sensors_monitoring_licence.docx", "en", H819E03),
    "h819e04": ("h819e04_aero_parts_managed_it_services_36m.md", "en", H819E04),
    "h819e05": ("h819e05_agro_weather_data_api_subscription.txt", "en", H819E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# Defaults = a clean draft; each contract lists only what differs.
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

LABELS = {
    "h819z01": dict(category="software", value=1326000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                               prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
                               post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
                    tco=(680000, 8, 36), rules=[]),
    "h819z02": dict(category="hardware", value=2128000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=50, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                               subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    tco=(1750000, 9, 24), rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h819z03": dict(category="cloud", value=494000, sla=True, ld_stated=True, deemed=False,
                    terms=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                               ld_rate_per_day_pct=0.1, auto_renewal_price_increase=True),
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h819z04": dict(category="services", value=586000, sla=True, ld_stated=True, deemed=False,
                    terms=dict(p1_response_hours=0.25, data_security_clause=False, confidentiality=False,
                               ld_rate_per_day_pct=0.1),
                    rules=["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
    "h819z05": dict(category="software", value=620000, sla=True, ld_stated=True, capped=True, deemed=True,
                    terms=dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                               prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                               warranty_months=6, post_warranty_fee_pct=26, subcontract_without_consent=None,
                               governing_law=None, contract_kind="goods_or_licence"),
                    tco=(420000, 26, 6),
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                           "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h819e01": dict(category="software", value=1752000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                               governing_law="Italy", contract_kind="goods_or_licence"),
                    tco=(1240000, 11, 24), rules=["CR-GOVERNING-LAW"]),
    "h819e02": dict(category="cloud", value=582000, sla=True, ld_stated=True, deemed=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=350 / 582000 * 100,
                               liability_cap_pct=200, termination_for_breach=False,
                               subcontract_without_consent=True),
                    rules=["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h819e03": dict(category="hardware", value=1880000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
                               contract_kind="goods_or_licence"),
                    tco=(1572000, 7.5, 36), rules=[]),
    "h819e04": dict(category="services", value=4404000, sla=True, ld_stated=True, deemed=False,
                    terms=dict(p1_response_hours=0.25, ld_rate_per_day_pct=800 / 4404000 * 100,
                               liability_cap_pct=9 / 36 * 100),
                    rules=["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "h819e05": dict(category="cloud", value=714000, sla=False, ld_stated=False, deemed=False,
                    terms=dict(sla_remedy=False, liability_cap_pct=150),
                    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# Price sums asserted against the texts' figures.
SUMS = {
    "h819z01": ([680000, 452000, 136000, 58000], 1326000),
    "h819z02": ([768000, 332000, 464000, 186000, 212000, 148000, 18000], 2128000),
    "h819z03": ([30 * 6800 * 2, 86000], 494000),
    "h819z04": ([238000, 176000, 96000, 76000], 586000),
    "h819z05": ([420000, 156000, 44000], 620000),
    "h819e01": ([1240000, 386000, 92000, 34000], 1752000),
    "h819e02": ([268000, 268000, 46000], 582000),
    "h819e03": ([640 * 1150, 48 * 6200, 6 * 18400, 428000, 164000, 118000, 26000], 1880000),
    "h819e04": ([156000, 118000 * 36], 4404000),
    "h819e05": ([338000 * 2, 38000], 714000),
}
SUBTOTALS = {"h819z02": ([768000, 332000, 464000, 186000], 1750000),
             "h819e03": ([736000, 297600, 110400, 428000], 1572000)}
PAY_SPLITS = {"h819z01": [20, 45, 35], "h819z02": [20, 35, 45], "h819z05": [65, 35], "h819e01": [10, 55, 35],
              "h819e03": [20, 45, 35]}
FORUM_OUTSIDE_MAINLAND = {"h819e01"}  # Milan seat

# Policy thresholds (policy.md §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    lab = LABELS[key]
    if "tco" not in lab:
        return None
    base, pct, wm = lab["tco"]
    years = max(0.0, HORIZON - wm / 12)
    fees = years * base * pct / 100
    return fees / (lab["value"] + fees) * 100


def terms_of(key):
    t = dict(BASE)
    t.update(LABELS[key]["terms"])
    return t


def derive_rules(key):
    """My reading of policy §3, from the label alone (plus the forum, which has no label key)."""
    t, lab = terms_of(key), LABELS[key]
    r = set()
    if not lab["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if lab["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lab["ld_stated"]:
        assert t["ld_rate_per_day_pct"] is None
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not lab["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label_json(key):
    name, lang, _ = FILES[key]
    lab, t = LABELS[key], terms_of(key)
    extra = {"sla_clause": lab["sla"], "ld_stated": lab["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = lab["capped"]
    extra["acceptance_deemed_on_delivery"] = lab["deemed"]
    extra["contract_value"] = lab["value"]
    doc = {"file": name, "language": lang, "category": lab["category"],
           "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra,
           "expected_rules": sorted(lab["rules"])}
    return json.dumps(doc, indent=1, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan

NUM_L = r"(?<![0-9.,])"
THRESHOLD_PATTERNS = [
    r"99\.90*(?![0-9])",                                                   # availability
    NUM_L + r"4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?\b|h\b)", NUM_L + r"4-hours?",
    r"(?<![十两零])四\s*(?:个)?\s*(?:小时|钟头)", r"\bfour[\s-]*hours?",          # P1 response
    NUM_L + r"0?\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十0-9])", r"千分之零点五", r"0?\.5\s*‰",  # LD
    NUM_L + r"100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百(?![零一二三四五六七八九十])",
    r"one\s*hundred\s*per\s*cent",                                          # cap
    NUM_L + r"30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])",
    r"thirty\s*per\s*cent",                                                 # prepayment
    NUM_L + r"12\s*(?:个)?\s*月", NUM_L + r"12[\s-]*months?", r"(?<![十一二三四五六七八九])十二\s*个\s*月",
    r"twelve[\s-]*months?",                                                 # warranty
    NUM_L + r"15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",  # post-warranty
    NUM_L + r"40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])",
    r"forty\s*per\s*cent",                                                  # TCO share
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)

MUST_HIT = ["可用率不低于99.9%", "availability of 99.90 %", "4小时内响应", "4 小时", "四小时", "四个小时",
            "within 4 hours", "4-hour response", "4h", "four hours", "0.05%", "0.05 % per day", ".05%", "万分之五",
            "100%", "100 %", "one hundred per cent", "百分之百", "30%", "30 per cent", "百分之三十", "thirty per cent",
            "12个月", "12 months", "12-month", "十二个月", "twelve months", "15%", "15 percent", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "forty per cent", "at 40 % of"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "二十四小时", "14 hours", "24 hours", "4.5小时", "0.4 hours",
             "LoRa gateway with 4G", "Schedule 4 has", "0.055%", "万分之五十", "0.5%", "1,100%", "130%", "3.30%",
             "百分之三十五", "112 months", "2个月", "十二月份", "12.5%", "0.15%", "115%", "140%", "百分之四十五",
             "400 %", "3,000", "30 days", "150%", "万分之四", "¥1,130,000", "forty-five days"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(form)]
    return hits


# ---------------------------------------------------------------------------------------------------------------
# Read back


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # build
    sources = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if k not in sources:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")
    # checks
    problems = []
    covered = set()
    for k, (name, lang, src) in FILES.items():
        lab, t = LABELS[k], terms_of(k)
        parts, total = SUMS[k]
        assert sum(parts) == total == lab["value"], k
        if k in SUBTOTALS:
            assert sum(SUBTOTALS[k][0]) == SUBTOTALS[k][1] == LABELS[k]["tco"][0], k
        if k in PAY_SPLITS:
            assert sum(PAY_SPLITS[k]) == 100 and not set(PAY_SPLITS[k]) & {30, 15, 40, 100}, k
        for fld, th in TH.items():
            if t[fld] is not None and abs(t[fld] - th) < 1e-9:
                problems.append("%s: %s on the threshold" % (k, fld))
        share = tco_share(k)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s: TCO share %.2f within 2 points" % (k, share))
        derived = derive_rules(k)
        if derived != sorted(lab["rules"]):
            problems.append("%s: derived %s != design %s" % (k, derived, sorted(lab["rules"])))
        covered |= set(derived)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = RANGES[lang]
        ok = lo <= n <= hi
        if not ok:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        hits = scan(text) + scan(src)
        if hits:
            problems.append("%s: threshold figures %s" % (k, sorted(set(hits))))
        print("%-8s %-4s %5d %-6s %-6s share=%s rules=%s" % (k, lang, n, "ok" if ok else "OUT", risk(derived),
              "-" if share is None else "%.2f" % share, ",".join(x[3:] for x in derived) or "-"))
    n_rules = 20
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert len(all_rules) == n_rules
    if covered != all_rules:
        problems.append("not covered: %s" % sorted(all_rules - covered))
    # the mix
    rk = {k: risk(LABELS[k]["rules"]) for k in FILES}
    clean = [k for k in FILES if not LABELS[k]["rules"]]
    assert sorted(clean) == ["h819e03", "h819z01"], clean
    assert LABELS["h819e01"]["rules"] == ["CR-GOVERNING-LAW"] and rk["h819e01"] == "low"
    assert 8 <= len(LABELS["h819z05"]["rules"]) <= 10
    assert sorted(k for k in FILES if 2 <= len(LABELS[k]["rules"]) <= 3) == \
        ["h819e02", "h819e04", "h819e05", "h819z02", "h819z03", "h819z04"]
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")
