"""holdout1092: builds the ten blind held-out drafts and their .json labels, and asserts lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1092Z01 = """
T:临江市殡仪服务监管平台建设项目政府采购合同
P:合同编号：LJMZ-2027-CG-018
P:采购人（甲方）：临江市民政局
P:供应商（乙方）：苏州慧善信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：LJCG-2027-0311）、乙方投标文件和中标通知书，双方就临江市殡仪服务监管平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供殡仪服务监管平台软件（以下简称“平台”）的永久使用许可，覆盖市殡仪馆、六个县（区）殡仪服务站及市、县两级民政部门，用户数不限。
P:1.2 乙方按甲方需求完成以下定制开发：遗体接运车辆定位与调度监管、火化业务登记与电子火化证明、殡葬服务收费公示与价格监测、公益性公墓安葬信息管理、与公安人口信息系统及卫健部门死亡医学证明系统的数据接口、面向群众的“身后一件事”线上联办入口。
P:1.3 乙方负责平台部署、历史业务数据迁移（约二十六万条火化及安葬记录）、系统联调、上线保障和分级操作培训。具体功能以招标文件技术需求及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾伍万元整（¥1,350,000.00），为固定总价。
P:2.2 价款构成：平台软件许可费¥720,000；定制开发费¥486,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
P:2.3 合同总价已包含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥270,000。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥607,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥472,500。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票。甲方按财政国库集中支付流程办理付款，因审批流程产生的合理时间不属于甲方违约。
H:第四条 交付期限与地点
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发，并提交初步验收申请；初步验收后进入六十日试运行，试运行期满后乙方提交最终验收申请。
P:4.2 交付地点为甲方指定的市政务云机房。乙方应按甲方要求配备项目经理一名及不少于五名开发实施人员，人员更换须经甲方同意。
P:4.3 乙方应在合同签订后十五日内提交项目实施计划，每周报送项目周报，重大事项及时书面报告甲方。甲方应提供政务云资源、网络条件及与相关部门对接的协调支持。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术需求逐项实现并经甲方确认；（2）迁移数据与原系统逐条比对一致，差错率为零；（3）与公安、卫健接口连续十个工作日数据交换无差错；（4）三百个并发用户时常用页面响应时间不超过2秒。
P:5.2 最终验收标准：（1）试运行期间未发生一级故障；（2）第三方测评机构出具的安全测评报告无高危问题；（3）系统完成网络安全等级保护二级测评；（4）用户手册、源代码、部署文档、数据字典等资料齐全。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、接口适配、远程及现场技术支持。
P:6.2 质保期满后，甲方可与乙方签订年度维护合同，年维护费不超过平台软件许可费的8%（即每年不超过¥57,600），自质保期满起三年内不上调。维护合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护除外；计划内维护须提前三个工作日告知甲方并安排在夜间进行。
P:7.2 故障分级及时限：一级故障（平台整体不可用，或火化登记、电子证明出具中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能异常）2小时内响应、次一工作日内解决；三级问题（咨询或界面缺陷）1个工作日内答复。
P:7.3 乙方响应或恢复超时的，每超过一小时扣减¥800；月度可用率每低于约定值0.01个百分点，扣减¥1,000。扣减款项从甲方应付款项中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发形成的程序、接口、数据库设计、源代码及相关文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用并许可他人使用。乙方应在最终验收时移交完整源代码。
P:8.3 乙方保证所提供的软件不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的全部业务数据、个人信息及其衍生数据均属于甲方，乙方仅可为履行本合同处理，不得用于其他任何目的。
P:9.2 乙方应落实数据分类分级、加密存储与传输、最小权限访问、操作日志审计等安全措施；运维操作须经甲方审批，通过甲方堡垒机进行，不得将数据复制带离甲方环境。
P:9.3 发生数据安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成数据泄露、毁损或丢失的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的逝者及家属信息、甲方工作秘密和其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收，并要求乙方返还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得转包本合同，也不得将任何部分分包给第三方；未经甲方书面同意，乙方不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方两份。招标文件、投标文件及澄清文件为本合同的组成部分。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：临江市民政局　　乙方（盖章）：苏州慧善信息技术有限公司
P:签订日期：2027年　月　日
"""

H1092Z02 = """
T:烤肠机生产线控制系统改造合同
P:合同编号：HXDQ-JG-2027-042
P:甲方（买方）：浙江恒鑫电器有限公司
P:乙方（卖方）：宁波拓川自动化工程有限公司
P:甲方主营电动烤肠机的生产与销售。为提高产线自动化水平、稳定产品质量，甲方委托乙方对其三号厂房六条总装及老化测试生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的控制系统改造，包括：更换PLC控制柜及伺服驱动系统，加装加热管温控模块、HMI触摸屏和视觉检测单元，部署产线监控软件，并完成与甲方现有ERP系统的工单接口。
P:1.2 乙方负责PLC程序、视觉检测算法参数和监控软件画面的定制开发，以及设备安装、调试、试生产保障和操作维修人员培训。
P:1.3 改造分两批实施，每批三条线，每条线停线时间不超过五个自然日，停线计划须经甲方生产部确认。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾万元整（¥1,300,000），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜内电气）|6套|68,000|408,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|加热管温控模块|36个|3,200|115,200
TB:4|HMI触摸屏|6台|7,800|46,800
TB:5|视觉检测单元|3套|52,000|156,000
TB:6|产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,140,000
TB:7|PLC程序及接口定制开发|1项|54,000|54,000
TB:8|安装调试及试生产保障|1项|96,000|96,000
TB:9|培训|1项|10,000|10,000
TB:|合计|||1,300,000
P:2.2 上述价格含税、运输、保险及安装所需辅材，为固定价格。设备应为全新原装正品，PLC、伺服及触摸屏品牌型号以技术协议为准，未经甲方书面同意不得替换。
P:2.3 乙方应在设备发货前三日通知甲方，设备运抵甲方三号厂房后由双方共同开箱清点，清点记录由双方签字。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥260,000。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%，即¥715,000。到货签收和安装完毕仅表示数量确认，不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的25%，即¥325,000。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后四十五日内完成第一批改造，九十日内完成第二批改造。
P:4.2 验收标准：（1）每条线连续七十二小时带料运行无停机故障；（2）加热温控精度±1℃；（3）视觉检测对外观缺陷的漏检率不高于千分之二；（4）单线产能不低于改造前水平；（5）工单数据与ERP系统逐单一致。
P:4.3 每批改造完成后，乙方应书面通知甲方组织单批测试；单批测试通过后进入十五日试生产，试生产期间乙方应安排工程师驻厂保障。
P:4.4 全部生产线满足上述标准并经甲方签署最终验收报告，方为验收合格。设备投入生产使用不视为验收合格。验收不合格的，乙方应在七日内整改并承担费用，整改后重新验收。
P:4.5 乙方应随设备提供出厂合格证、电气原理图、接线图、PLC程序备份、操作手册和备件清单，资料不全的不予验收。
H:第五条 质量保证
P:5.1 质保期自最终验收合格之日起十八个月。质保期内设备及软件出现质量问题，乙方免费维修或更换，费用由乙方承担。
P:5.2 故障处理：造成整线停产的一级故障，乙方应在1小时内响应、8小时内到场修复；其他故障2小时内响应、两个工作日内修复。响应或修复超时的，每超过一小时甲方可扣减¥500。
H:第六条 质保期满后的维保
P:6.1 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备品备件、程序优化及现场维修。
P:6.2 年度维保费按软硬件小计的25%计取，即每年¥285,000，价格固定，双方每年签订维保确认单，不自动续期。
P:6.3 维保期内，乙方每季度对六条生产线进行一次预防性巡检，检查PLC及伺服运行状态、温控模块校准情况和视觉检测相机清洁度，出具巡检报告；维保费已包含常用备品备件，乙方应在甲方厂区设立备件柜，常备伺服驱动器、温控模块及触摸屏各两套。
P:6.4 维保期内故障处理时限与质保期相同，超时扣减标准按第5.2条执行。
H:第七条 知识产权
P:7.1 监控软件标准产品的知识产权归原权利人，甲方获得永久使用许可。
P:7.2 乙方为本项目定制开发的PLC程序、视觉检测参数、监控画面及接口程序，知识产权归甲方所有，乙方应交付源程序和注释文档，甲方可自由修改和使用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方及产量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方批准并在甲方监控下通过专用VPN进行，每次维护结束后关闭通道；乙方应防止病毒及恶意程序进入甲方工控网络。因乙方原因造成数据丢失、泄露或工控安全事件的，乙方应在2小时内通知甲方并承担赔偿责任。
H:第九条 保密
P:9.1 双方对在履约中获知的对方技术资料、工艺参数和商业信息负有保密义务，保密期限至本合同终止后三年。
P:9.2 乙方不得以任何形式对外宣传或展示甲方产线布局、产品结构及配方信息，未经甲方书面同意不得在案例材料中使用甲方名称。
H:第十条 安全生产与现场管理
P:10.1 乙方进场人员应接受甲方安全培训，遵守甲方厂区安全、消防及6S管理制度，电气作业须持证上岗并办理作业票。因乙方人员违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:10.2 乙方应在停线前三日提交详细施工方案和回退方案，确保改造失败时能在二十四小时内恢复原有控制系统。
H:第十一条 分包
P:11.1 乙方可将设备安装、布线等现场施工工作分包给具备资质的施工单位，但应提前通知甲方，并对分包单位的工作质量负责。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 因乙方原因导致甲方停产超过约定停线时间的，乙方应赔偿甲方因此遭受的直接损失。
P:12.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意或重大过失造成的损失除外。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交宁波仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:15.2 甲方应为改造提供必要的场地、电源、压缩空气和网络条件，并安排生产、设备及信息部门人员配合调试和验收。
P:15.3 培训内容包括设备操作、日常点检、常见故障处理和程序备份恢复，每条线培训不少于八名操作工及两名维修电工，培训结束后乙方应组织考核并提交培训记录。
P:甲方（盖章）：浙江恒鑫电器有限公司　　乙方（盖章）：宁波拓川自动化工程有限公司
"""

H1092Z03 = """门店预约及会员管理系统订阅服务合同

合同编号：LY-IT-2027-009
甲方：上海朗阅教育科技有限公司
乙方：杭州课约云信息技术有限公司

甲方经营“朗阅英语口语”培训连锁品牌，在华东地区拥有四十家直营门店。甲方拟采用乙方的“课约云”门店预约及会员管理系统（SaaS），由乙方提供订阅服务及上线实施。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供“课约云”系统的在线使用服务，功能包括：学员预约与排课、外教及中教课表管理、会员卡与课时包管理、线上支付与退费、课消统计、家长端小程序通知、门店经营报表。
2. 每家门店开通管理端账号不超过十五个，学员端及家长端使用人数不限。
3. 服务期内乙方负责系统运行、版本更新、容量扩展和数据备份，甲方无需自行采购服务器。
（二）实施服务
1. 乙方负责将甲方现有会员数据（约六万八千名学员、课时余额及合同记录）从原系统迁移至本系统，并与原系统逐条核对。
2. 乙方负责与甲方财务系统及企业微信的接口对接，完成四十家门店的参数配置和分批上线。
3. 乙方为每家门店的店长、课程顾问及前台人员提供上线培训，并在总部提供系统管理员培训。
4. 乙方应在合同签订后十日内提交实施计划，明确各批门店的上线日期、数据迁移窗口和回退措施，经甲方确认后执行。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧随其后。
（二）实施工作应在合同签订后七十五日内完成。

三、费用及支付
（一）订阅费按门店数计算，每家门店每个服务年度¥9,600，四十家门店每个服务年度合计¥384,000，两个服务年度合计¥768,000。
（二）实施费为一次性费用¥126,000。
（三）本合同总价为人民币捌拾玖万肆仟元整（¥894,000）。
（四）支付方式：
1. 实施费在全部门店上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
（五）服务期内新增门店的，按每家门店每个服务年度¥9,600按月折算计费；门店关闭的，甲方应提前三十日书面通知，自下一服务年度起相应减少订阅费。
（六）除本合同约定的费用外，乙方不得以短信通道、存储扩容、版本升级等名义另行收费。线上支付通道手续费由甲方与支付机构另行结算，不属于本合同费用。

四、上线验收
（一）验收标准：
1. 迁移数据与原系统逐条核对一致，学员课时余额零差错；
2. 预约、排课、课消、退费等核心流程在每家门店完成实际业务验证；
3. 与财务系统、企业微信接口连续五个工作日数据一致；
4. 高峰时段（周六上午）预约操作响应时间不超过2秒。
（二）乙方提交验收申请后，甲方在七个工作日内组织验收并签署书面验收单。系统试用或门店自行使用不视为验收合格。
（三）门店分四批上线，每批十家；每批上线后乙方安排实施顾问驻店支持三个营业日，协助处理排课及课消问题。

五、服务水平
（一）系统月度可用率不低于99.5%。
（二）故障分级：
1. 一级故障（系统整体无法登录或无法预约、支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、报表调整）：一个工作日内答复。
（三）月度可用率低于约定值的，每低于0.5个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复超时的，每超过一小时按当月订阅费的1%给予抵扣。当年抵扣总额在下一期订阅费中扣减。

六、数据安全与数据归属
（一）甲方在系统中录入或产生的学员信息、家长联系方式、课时与交易记录等全部数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志和每日备份等措施，并依照《个人信息保护法》履行受托处理者义务。
（三）发生数据安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据泄露或丢失的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并彻底删除。
（五）乙方员工访问甲方数据须经授权并限于处理工单所需范围，乙方应每年委托第三方开展一次安全评估并向甲方提供评估结论摘要。
（六）家长端小程序收集学员及家长个人信息的，应以甲方名义展示隐私政策并取得同意，收集范围不得超出预约、上课通知和缴费所必需。

七、知识产权
（一）“课约云”系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的接口程序、报表模板及配置方案，知识产权归甲方所有，甲方可自由使用、修改。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和其他未公开信息承担保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

九、双方其他权利义务
（一）甲方应指定总部项目负责人及各门店联系人，按时提供迁移所需的原始数据和接口文档，并组织门店人员参加培训。
（二）甲方应妥善保管管理端账号和密码，对本方人员在系统中的操作负责。
（三）乙方应为甲方指定专属客户成功经理，每季度提交一次服务报告，内容包括系统可用率、故障处理情况、功能使用情况和改进建议。
（四）乙方升级系统版本可能影响门店操作的，应提前七日通知甲方，并提供操作说明；重大功能调整须经甲方确认后方可上线。
（五）乙方应保证系统符合教育培训行业预收费监管的相关要求，支持课时包资金监管账户对接及退费记录留存，因系统原因导致甲方受到监管处罚的，乙方承担相应责任。

十、续期
（一）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，依此类推。
（二）续期时乙方有权根据市场情况调整订阅单价，调整后的价格以乙方书面通知为准，甲方未提出异议的视为同意。

十一、违约责任
（一）乙方未能在约定期限内完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每日按应付金额的万分之三支付违约金。
（三）乙方未经甲方书面同意不得将本合同项下服务分包给第三方。

十二、合同解除
一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十四、其他
（一）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（二）甲方因门店调整需要变更上线批次的，应提前十日通知乙方，乙方应予配合。
（三）双方往来通知以书面形式发送至本合同载明的地址或电子邮箱，发出后三日视为送达。
（四）本合同未尽事宜，双方可另行签订补充协议；补充协议与本合同不一致的，以补充协议为准。
（五）附件一《门店清单》、附件二《功能清单》、附件三《数据迁移方案》为本合同组成部分。

甲方（盖章）：上海朗阅教育科技有限公司
乙方（盖章）：杭州课约云信息技术有限公司
签订日期：2027年3月　日
"""

H1092Z04 = """丰阳灌区量水系统年度运行维护服务合同

项目名称：丰阳灌区量水系统2027年度运行维护服务
采购方式：竞争性磋商（项目编号：FYSL-CS-2027-006）
采购人（甲方）：丰阳县水利局
供应商（乙方）：河南禹测水利科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就丰阳灌区量水系统年度运行维护服务事宜订立本合同。

第一条　服务内容
（一）维护对象：丰阳灌区干、支渠共一百八十六个量水点的雷达流量计、水位计、遥测终端、太阳能供电设备、视频监控点，以及灌区量水监测平台（含服务器、数据库和手机应用）。
（二）日常巡检：每月对全部量水点巡检一次，灌溉高峰期（4月至9月）每半月一次，清理渠道杂物，校核水位零点，形成巡检记录。
（三）汛前检修：每年5月底前完成全部站点的供电、防雷及通信检修，提交汛前检修报告。
（四）平台运维：负责平台软件运行监控、数据备份、漏洞修补和账号管理，按月生成用水计量报表。
（五）故障维修：对设备故障及时维修或更换，更换所需备件由乙方提供，单件价值超过¥3,000的备件须经甲方确认。
（六）驻点服务：乙方在丰阳县城设立运维服务点，配备不少于三名专职运维人员和一辆运维车辆。
（七）计量率定：每年灌溉期前，乙方应对干渠主要断面的量水设施进行一次流量比测，比测结果偏差超出设备技术指标的，乙方应调整参数或更换设备，并出具率定报告。
（八）配合工作：乙方应配合甲方完成用水户水费计收、水权交易计量、上级部门检查及灌区现代化改造的数据对接工作。

（九）系统优化：根据甲方管理需要，乙方对平台报表格式、预警阈值及用户权限进行调整，不另行收费；涉及新增功能开发的，由双方另行约定。

第二条　服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方需继续采购的，依法另行组织采购。

第三条　合同价款及支付
（一）合同总价为人民币肆拾叁万陆仟元整（¥436,000），包括人工、备品备件、车辆、通信流量、税费等全部费用。
（二）服务费按季度支付，每季度¥109,000。每季度结束后，甲方对乙方当季服务进行考核，考核合格后十五个工作日内支付当季服务费。
（三）乙方应在每次付款前开具合法发票。
（四）季度考核不合格的，乙方应在十五日内完成整改，经甲方复核合格后支付当季服务费，扣款金额从当季服务费中扣除。

第四条　服务标准
（一）故障分级：
1.一级故障：平台中断或十个以上量水点同时离线，乙方应在30分钟内响应，2小时内到达现场，8小时内修复；
2.二级故障：单个量水点设备故障或数据异常，乙方应在1小时内响应，二十四小时内修复；
3.三级问题：报表调整、账号变更等，两个工作日内完成。
（二）乙方应每月向甲方提交运维月报，内容包括巡检情况、故障处理、数据到报情况和备件更换记录。
（三）灌溉期内甲方需要临时加密监测的，乙方应在接到通知后两日内完成部署。

（四）备品备件：乙方应在服务点常备雷达流量计、遥测终端、蓄电池等关键备件各不少于三套，并建立备件出入库台账。更换下的旧设备由乙方登记后交还甲方，不得擅自处置。
（五）年度总结：服务期满前十五日，乙方应提交年度运维总结报告，内容包括设备完好率统计、主要问题分析、设备更新建议及下一年度维护建议。

第五条　考核与扣款
（一）甲方按季度对乙方进行考核，考核指标包括：巡检按时完成情况、故障响应及修复时限、月报质量、数据完整性。
（二）一级故障响应或修复超时的，每超时一小时扣减服务费¥500；二级故障超时的，每超时一日扣减服务费¥300；巡检漏检的，每点次扣减¥200。扣款在当季服务费中扣除。
（三）季度考核结果形成书面考核表，由双方签字确认，作为付款依据。
（四）服务期满后，甲方组织年度验收。验收标准为：全年巡检记录完整；汛前检修按期完成并提交报告；全年故障均已按期修复且无重复发生的同类故障；运维月报、设备台账及维护脚本全部移交。年度验收结果作为乙方履约评价的依据。

第六条　数据安全
（一）量水系统采集的全部水量、水位、视频和用户数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
（二）乙方运维账号实行专人专用，远程登录平台须经甲方同意并留存操作日志；乙方应定期备份数据，离场时移交全部账号和备份介质。
（三）发生数据安全事件的，乙方应在1小时内报告甲方，并按甲方要求处置；因乙方原因造成数据丢失、篡改或其他安全事件的，乙方承担赔偿责任。

第七条　成果归属
乙方在服务过程中形成的巡检记录、检修报告、运维月报、设备台账及维护脚本，所有权和知识产权归甲方所有。

第八条　甲方义务
（一）甲方提供必要的工作条件和平台访问权限，协调沿渠乡镇及管水员配合乙方工作。
（二）甲方按约定支付服务费。
（三）甲方应及时审核乙方提交的月报和报告，对乙方提出的设备更新建议，在十个工作日内书面答复。
（四）因甲方或第三方施工、人为破坏导致设备损坏的，乙方应先行抢修，相关备件及费用由双方另行确认。

第九条　乙方义务
（一）乙方应按照本合同及磋商文件的要求提供服务，遵守安全生产规定，为运维人员购买意外伤害保险。
（二）乙方不得将本合同服务转包或者分包。
（三）乙方运维人员应遵守甲方管理制度，人员变更须提前告知甲方。
（四）乙方在渠道、泵站及闸门附近作业时，应设置警示标志，落实防溺水、防触电措施，汛期不得单人沿渠巡检。因乙方作业造成第三方人身或财产损害的，由乙方负责处理并承担费用。
（五）乙方应在服务期内保持相关资质有效，并对运维人员进行技术培训，确保其熟悉设备原理和平台操作。
（六）乙方应按甲方要求参加灌区年度防汛演练，并在汛期实行二十四小时值班。

第十条　违约责任
（一）乙方未在约定期限内完成汛前检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当造成设备损坏的，乙方负责修复或按原价赔偿。
（三）甲方无故拖欠服务费的，按应付金额每日万分之二支付违约金。

第十一条　不可抗力
因洪水、地震等不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。因不可抗力致使合同目的无法实现的，双方可协商解除合同。

第十二条　争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条　其他
（一）磋商文件、响应文件及成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）本合同履行过程中，双方就服务内容的调整可签订书面补充协议；补充协议不得改变磋商文件确定的实质性内容。
（四）双方联系人：甲方为灌区管理所负责人，乙方为驻点项目经理。联系人变更的，应提前书面告知对方。
（五）服务期满时，乙方应向甲方或甲方指定的后续服务单位完整移交平台管理员账号、设备台账、备件库存清单和技术资料，并配合交接不少于十日。

甲方（盖章）：丰阳县水利局
乙方（盖章）：河南禹测水利科技有限公司
日期：2026年12月　日
"""

H1092Z05 = """# 织链工坊管理系统软件许可及定制开发合同

**合同编号：** ZL-HT-2027-0215
**模板版本：** 织链标准合同文本 V3.0

**甲方（用户）：** 临沭县青藤柳编工艺工作室
**乙方（服务商）：** 济南织链软件科技有限公司

甲方从事柳编工艺品的设计、编织及外贸出口，拟使用乙方“织链工坊管理系统”对订单、原料、编织工序、质检和出货进行全过程跟踪。双方经友好协商，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织链工坊管理系统”标准版软件的永久使用许可（单工作室部署，二十个用户）。

1.2 乙方根据甲方需求进行定制开发，内容包括：柳条及辅料入库与损耗管理、编织户计件派工及工资结算、工序流转扫码跟踪、外贸订单样品确认流程、出货装箱单及唛头打印、面向编织户的微信小程序。

1.3 乙方负责系统安装部署、基础数据初始化及两次集中培训。

1.4 系统支持中文、英文两种界面，出货单据可按外贸客户要求输出英文版本。

1.5 基础数据初始化包括柳条规格、辅料品类、工序模板、编织户档案及现有在制订单的录入，初始数据由甲方按乙方提供的模板整理。乙方对甲方提供数据的准确性不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织链工坊管理系统标准版软件许可 | 168,000 |
| 2 | 定制开发 | 212,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 416,000 |

合同总价为人民币肆拾壹万陆仟元整（¥416,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥270,400，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥145,600。

3.3 甲方未按期付款的，乙方有权暂停开发及服务，工期相应顺延。

3.4 乙方收款后开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

3.5 本合同价款不含服务器、云主机、短信及第三方接口调用费用，上述费用由甲方自行承担。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成开发并上线，因甲方需求变更或配合延误的，交付期相应顺延。

4.2 需求变更超出本合同约定范围的，乙方另行报价，费用由甲方承担。

4.3 项目启动后，乙方与甲方进行需求调研，形成《需求确认书》。甲方应在收到《需求确认书》后三个工作日内签字确认，逾期未确认的，视为同意。开发以经确认的《需求确认书》为准。

4.4 乙方交付内容为可运行的系统及操作手册，不包括源代码。

4.5 系统部署于甲方自备的服务器或乙方推荐的云主机。服务器、云主机、操作系统、数据库、扫码枪、标签打印机等软硬件环境由甲方自行采购并承担费用，乙方提供配置建议。

## 第五条 验收

5.1 系统安装部署完毕并上线运行，即视为甲方验收合格。

5.2 甲方应在上线后三日内提出书面意见，逾期未提出的，视为对全部交付内容无异议。

5.3 甲方在上线后提出的修改意见，属于《需求确认书》范围内缺陷的，乙方在免费维护期内修复；超出范围的，按需求变更处理。

## 第六条 知识产权

6.1 本系统及其全部定制开发成果（包括源代码、数据库结构、小程序及相关文档）的知识产权均归乙方所有。

6.2 甲方获得在本工作室内部使用定制功能的非独占、不可转让的使用权，不得自行或委托他人修改、反编译，也不得向第三方提供。

## 第七条 售后服务

7.1 免费维护期为系统上线之日起六个月。免费维护期内乙方提供远程缺陷修复及操作咨询。

7.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的收费标准支付年度维护费。

7.3 一级问题（系统无法登录或无法扫码报工）：乙方在工作日工作时间内8小时内响应；其他问题在三个工作日内响应。

7.4 乙方根据问题的复杂程度安排处理，处理时间以实际情况为准。

7.5 乙方提供的服务方式以电话、微信及远程协助为主。确需现场服务的，甲方应承担乙方人员的差旅费用，按乙方差旅标准据实结算。

7.6 系统版本升级由乙方统一安排。定制功能与新版本不兼容的，适配工作另行收费。

7.7 甲方需要增加用户数、增加部署工作室或迁移服务器的，应向乙方另行购买许可或服务，费用按乙方当时的报价执行。

## 第八条 数据

8.1 甲方在系统中录入的订单、客户、编织户及工资数据归甲方所有。

8.2 乙方采取访问控制、传输加密和每日备份等措施保护系统数据；发生数据安全事件的，乙方应及时通知甲方，因乙方过错造成数据泄露或丢失的，乙方承担相应责任。

8.3 甲方同意乙方可将系统运行中产生的数据经脱敏处理后，用于乙方产品改进、行业分析及向其他客户提供的数据服务。

## 第九条 双方责任

9.1 甲方应提供开展工作所需的场地、网络和基础资料，指定专人负责项目对接，并保证所提供资料的真实性和合法性。

9.2 甲方应按乙方提供的操作手册使用系统，不得擅自修改系统配置或数据库。因甲方操作不当、计算机病毒、第三方软件或网络故障导致的问题，不属于乙方维护范围。

9.3 乙方应安排具备相应能力的人员完成开发与实施工作，培训内容包括系统管理员操作、派工计件及出货打印，每次培训时长不少于半天。

9.4 外贸客户要求对系统进行审核或提供资料的，乙方可予以配合，所需费用由甲方承担。

9.5 乙方有权在其官网、宣传资料及案例介绍中使用甲方名称和系统界面截图。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，保密期至本合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的20%。乙方不承担间接损失、利润损失及数据损失。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力或网络运营商原因导致本合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十三条 合同解除

一方严重违约，经对方书面催告后十五日内仍未改正的，对方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，由乙方所在地人民法院管辖。

## 第十五条 其他

15.1 乙方可根据业务发展对《织链用户服务协议》进行更新，更新内容在乙方官网公布后生效。

15.2 本合同未尽事宜，以乙方官网公布的《织链用户服务协议》为准。

15.3 本合同附件包括《需求确认书》《报价单》《操作手册》，附件与本合同不一致的，以乙方最新版本为准。

15.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：临沭县青藤柳编工艺工作室
乙方（盖章）：济南织链软件科技有限公司
日期：2027年2月　日
"""

H1092E01 = """
T:Software Licence and Services Agreement
P:Agreement No. SAS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Shandong Luyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jinan, Shandong Province (the "Customer"), and Strathmore Asset Systems Limited, a company registered in Scotland with its registered office at Panmure Street, Brechin, Angus, Scotland (the "Supplier").
P:The Customer operates three dairy processing plants and wishes to replace its spreadsheet-based maintenance records with the Supplier's MaintainIQ enterprise asset management software. The Supplier has agreed to grant a perpetual licence and to deliver the implementation and training services described below on the following terms.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainIQ enterprise asset management software, version 9, in object code, including the mobile work-order application and the standard reporting module, together with all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data-migration scripts, report templates, workflow configurations and documentation created by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software by or for the Customer, including asset registers, maintenance histories, spare-parts records and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has met the acceptance criteria.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three plants in Jinan, Tai'an and Liaocheng and at its head office, for up to 180 named users and unlimited read-only users, for the Customer's internal business purposes.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery. The Customer's affiliates in mainland China may use the Software within the user limit.
P:2.3 The Software is installed on servers supplied and operated by the Customer in its own data centre in Jinan. The Supplier does not host the Software or any Customer Data.
H:Article 3 Services
P:3.1 The Supplier shall provide the implementation services set out in the statement of work, including installation, configuration of asset hierarchies for the three plants, preventive maintenance schedules for about 4,600 assets, migration of historical work orders, integration with the Customer's ERP system for spare parts and purchase requisitions, and an interface to the plant SCADA historian for runtime counters.
P:3.2 The Supplier shall provide training for system administrators, maintenance planners and technicians, delivered in Chinese with an interpreter where needed, together with training materials that the Customer may copy for internal use.
P:3.3 The Supplier shall appoint a project manager who speaks Mandarin and shall keep the named key personnel on the project until Final Acceptance unless the Customer agrees otherwise in writing.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,680,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,280,000; implementation services CNY 356,000; training CNY 44,000. The price is fixed and includes travel and living expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 336,000) within 15 business days after signature and receipt of a valid invoice; (b) 45% (CNY 756,000) after Go-Live at all three plants; and (c) 35% (CNY 588,000) after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer. The Supplier's invoices shall be issued through its authorised agent in China so that the Customer receives valid fapiao.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall achieve Go-Live at all three plants within 120 days after signature, in accordance with the project plan agreed at kick-off.
P:5.2 The acceptance criteria are: (a) every function listed in the statement of work operates as specified in test scripts approved by the Customer; (b) migrated work orders and asset records reconcile with the source files without unexplained differences; (c) the ERP and SCADA interfaces run for 20 consecutive business days without a Severity 1 or Severity 2 defect; and (d) mobile work orders synchronise within 60 seconds under normal network conditions.
P:5.3 After Go-Live there is a stabilisation period of 45 days. The Customer shall carry out acceptance testing within 15 business days after the Supplier's notice that the criteria have been met and shall either sign the Final Acceptance certificate or list the defects. Go-Live or productive use of the Software does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the documentation and the statement of work for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, provide all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Severity 1 means the Software is unavailable or work orders cannot be created at any plant. For Severity 1 the Supplier shall respond within 1 hour, twenty-four hours a day, and provide a workaround within 8 hours. For Severity 2 the Supplier shall respond within 2 hours during business hours. For Severity 3 the Supplier shall respond by the next business day.
P:6.3 If the Supplier misses a response or workaround time, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount payable.
P:6.4 After the Warranty Period, the Customer may purchase annual support. The annual support fee shall not exceed 13% of the Licence Fee (CNY 166,400 per year) and shall not increase for three years after the Warranty Period ends. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Supplier shall deliver their source code and documentation, and the Customer may use, modify and license them freely. The Supplier may reuse general know-how that contains no Customer Data or Customer confidential information.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Supplier may process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Supplier shall access the Customer's systems only through the remote-access channel approved by the Customer, with individual accounts and multi-factor authentication, and shall not copy Customer Data out of the Customer's environment or transfer it outside mainland China. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Supplier shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in containing it, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production processes, plant layouts and pricing, and use it only for this Agreement. This obligation continues for five years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance, the Supplier shall refund payments for services not performed and hand over all Custom Deliverables completed to date.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by and construed in accordance with the law of Scotland.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be subject to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 14 General
P:14.1 This Agreement, the statement of work and the project plan are the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be sent by email and courier to the addresses on the signature page. This Agreement is signed in English and Chinese; both versions have equal effect.
P:14.3 Neither party is liable for a failure to perform caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect of the event.
P:Signed for the Customer: ____________________    Signed for the Supplier: ____________________
"""

H1092E02 = """# QualiTrak Order Form

**Order Form No.:** FCS-OF-2027-0088
**Date:** 15 March 2027

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A conflicts with Part B, Part A prevails.

## Part A — Order Details

### A1. Parties

**Provider:** Finavon Cloud Software Limited, a company registered in Scotland, East High Street, Forfar, Angus, Scotland.

**Customer:** Ningbo Jinhai Auto Parts Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

### A2. Service

QualiTrak supplier quality management service, Enterprise edition, provided as software-as-a-service, including the following modules: supplier onboarding and qualification, incoming inspection, non-conformance and 8D reports, PPAP document management, supplier scorecards and the supplier portal. The Customer may register up to 150 internal users and up to 400 supplier users. The Service is provided from a data centre in mainland China operated by the Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under A5, and each Subscription Year lasts 365 days. The Subscription Term ends at the end of the second Subscription Year and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 150 internal users, 400 supplier users | 348,000 |
| Subscription fee, Subscription Year 2 | same scope, same fee | 348,000 |
| Onboarding services | one-time, fixed price | 58,000 |
| **Total Contract Value** | | **754,000** |

All fees include VAT. The onboarding fee is invoiced after Onboarding Acceptance and payable within 30 days of invoice. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice. Additional users may be added at CNY 2,100 per internal user per Subscription Year, pro rata.

### A5. Onboarding and Acceptance

The Provider shall complete onboarding within 70 days after signature. Onboarding includes configuration of the Customer's inspection plans for about 2,300 part numbers, import of the approved supplier list and open non-conformance records, single sign-on with the Customer's directory, an interface to the Customer's ERP for goods receipts, and train-the-trainer sessions for quality engineers.

Onboarding Acceptance occurs when the Customer confirms in writing that: (a) all imported records reconcile with the source lists; (b) goods receipts from the ERP create inspection lots within five minutes for 10 consecutive business days; (c) the supplier portal has been tested by at least 20 pilot suppliers; and (d) the functions listed in the onboarding plan pass the agreed test scripts. The Customer shall test within 10 business days after the Provider's notice of readiness. Use of the Service during onboarding is not acceptance.

If onboarding is not completed within the agreed 70 days for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay, which the Customer may set off against any fees.

### A6. Service Levels

(a) Availability: the Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified five days in advance and performed between 22:00 and 06:00 China Standard Time.

(b) Support: Priority 1 incidents (the Service is unavailable or inspection lots cannot be created) — response within 30 minutes, 24x7, and restoration within 6 hours. Priority 2 incidents — response within 2 hours during business hours. Priority 3 requests — response within 1 business day. Support is provided in Chinese and English.

(c) Service credits: for each 0.1 percentage point (or part of it) below the availability commitment, the Provider credits 2% of the monthly equivalent of the subscription fee; for each hour by which a Priority 1 response or restoration time is exceeded, the Provider credits CNY 1,000. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

**Signed for the Customer:** ____________________ Name / Title / Date

**Signed for the Provider:** ____________________ Name / Title / Date

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the QualiTrak service described in A2, including updates made generally available by the Provider.

1.2 "Customer Data" means all data, documents and records submitted to the Service by or for the Customer or its suppliers, and all output generated from them.

1.3 "Documentation" means the Provider's user guides and release notes for the Service.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with the Order Form and the Documentation, with reasonable skill and care.

2.2 The Provider may improve or update the Service, but shall not materially reduce its functions during the Subscription Term.

2.3 The Customer is responsible for the accuracy of Customer Data and for the acts of its users, and shall keep user passwords secret.

2.4 The Provider shall appoint a named customer success manager who holds a quarterly review with the Customer's quality department, covering availability, incidents, open requests and the adoption of the Service by suppliers.

2.5 The Customer shall provide the Provider with timely access to the people, source lists and test data needed for onboarding, and shall make decisions on configuration questions within five business days.

### 3. Fees and Invoicing

3.1 Fees are stated in CNY and are fixed for the Subscription Term. The Provider shall issue valid VAT invoices through its appointed distributor in China.

3.2 If an undisputed invoice remains unpaid 30 days after its due date, the Provider may send a reminder; if it remains unpaid 20 days after the reminder, the Provider may suspend supplier-portal access until payment, but shall not delete Customer Data.

3.3 The Customer may dispute an invoice in good faith by written notice, and the parties shall resolve the dispute promptly; the undisputed part shall be paid on time.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

4.2 At any time during the Subscription Term and for 60 days after it ends, the Customer may export all Customer Data in CSV and PDF formats at no charge. After that period the Provider shall delete Customer Data from the Service.

### 5. Intellectual Property

5.1 The Provider owns the Service, the Documentation and all related intellectual property rights. The Customer receives a right to use the Service during the Subscription Term.

5.2 Inspection plans, report templates, interface mappings and other configurations created specifically for the Customer during onboarding belong to the Customer, and the Customer may use, modify and license them freely, including after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and pricing information, use it only for this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

6.2 These obligations last during the Subscription Term and for five years after it ends.

### 7. Liability

7.1 Neither party excludes liability for death or personal injury caused by negligence, or for fraud.

7.2 Subject to 7.1, the Provider's total liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the total fees paid by the Customer in the six months preceding the event giving rise to the claim.

7.3 Neither party is liable for indirect or consequential loss, or for loss of profit.

### 8. Subcontracting

8.1 The Provider shall not subcontract any part of the Service or onboarding without the Customer's prior written consent. By signing this Order Form the Customer consents to the hosting partner referred to in A2. The Provider remains responsible for the performance of any subcontractor as for its own.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

9.2 If the Customer terminates under 9.1, the Provider shall refund the fees already paid for the remaining part of the Subscription Year.

9.3 The Customer may also terminate if availability falls below the commitment in A6 in three consecutive months.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's prior written consent.

11.2 Notices must be in writing and sent to the addresses in A1 by courier or email.

11.3 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.

11.4 This Order Form is signed in English. A Chinese translation may be prepared for the Customer's internal approval; if the versions differ, the English version prevails.
"""

H1092E03 = """
T:Purchase Contract for a Wireless Vibration Monitoring System
P:Contract No. HSP-EQ-2027-031
P:Buyer: Guangxi Hongshan Paper Co., Ltd., Wuming District, Nanning, Guangxi, People's Republic of China (the "Buyer").
P:Supplier: Buchan Condition Monitoring Limited, a company registered in Scotland, Harbour Road, Peterhead, Aberdeenshire, Scotland (the "Supplier").
P:The Buyer wishes to monitor the condition of the rotating equipment of its two paper machines and its pulp line, and has selected the Supplier's wireless vibration sensors, gateways and monitoring software after a competitive enquiry. The parties therefore agree as follows, on the Buyer's standard purchase terms as adapted for this purchase.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission a wireless vibration and temperature monitoring system for 240 machine positions, consisting of sensors, gateways, edge servers and the VibeWatch monitoring software, as listed in Clause 2.
P:1.2 The Supplier shall configure asset models, alarm limits and dashboards for each machine train, connect the system to the Buyer's distributed control system for running-status signals, and provide training for the Buyer's reliability engineers and maintenance technicians.
P:1.3 The technical specification agreed during the enquiry, including the sensor placement list, forms Annex 1 and is part of this Contract.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 1,760,000, inclusive of VAT, freight, insurance, import duties and all costs of installation, itemised in the table below. The price is fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated|240|3,150|756,000
TB:2|Industrial wireless gateway|12|18,500|222,000
TB:3|Edge server with pre-installed analytics|2|64,000|128,000
TB:4|VibeWatch monitoring software, perpetual licence, 240 positions|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,592,000
TB:5|Installation, configuration and commissioning|1 lot|148,000|148,000
TB:6|Training|1 lot|20,000|20,000
TB:|Total Contract Price|||1,760,000
P:2.2 The Supplier shall not charge any amount not listed in the table unless the Buyer has ordered additional work in writing.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 176,000) within 20 business days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 968,000) after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 616,000) within 20 business days after Final Acceptance under Clause 5.
P:3.4 Each payment is subject to receipt of a valid VAT invoice issued by the Supplier's authorised distributor in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's mill in Nanning within 60 days after signature and shall complete installation within 30 days after delivery, during planned machine stops agreed with the Buyer's production department.
P:4.2 Installation work on site shall follow the Buyer's safety rules, including permits for work at height and near rotating equipment. The Supplier shall provide method statements before work starts.
P:4.3 Title and risk in the equipment pass to the Buyer on delivery to the mill, without affecting the Buyer's rights under Clauses 5 and 6.
P:4.4 The equipment shall be packed for sea and road transport and marked with the contract number and position tags. Each shipment shall be accompanied by a packing list, certificates of origin and conformity, the ATEX certificates of the sensors, and the radio type-approval documents required in China. Missing documents entitle the Buyer to refuse the delivery until they are supplied.
P:4.5 The Supplier shall recommend a list of spare parts for two years of operation with unit prices, which the Buyer may order at those prices at any time during the Warranty Period.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) all 240 positions transmit vibration and temperature data at the configured interval for 30 consecutive days with data loss below the limit in Annex 1; (b) sensor readings at ten reference positions agree with the Buyer's calibrated portable analyser within the tolerance in Annex 1; (c) alarms reach the control room and the DCS within 10 seconds in simulated tests; (d) the software performs the functions listed in Annex 1; and (e) all manuals, drawings and certificates are delivered.
P:5.2 The Buyer shall carry out acceptance tests within 15 business days after the Supplier's written notice that the system is ready and shall either sign the Final Acceptance Certificate or list the defects. Delivery, installation or operational use does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants that the equipment and software are new, free from defects and conform to Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items and provide software updates free of charge, including sensor batteries that fail early.
P:6.2 Severity 1 means that the monitoring system is down for a paper machine or alarms are not delivered. The Supplier shall respond to a Severity 1 fault within 2 hours, at any time, and restore monitoring within 24 hours. Other faults shall be answered within one business day.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which may be deducted from any payment due.
H:7. Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support, including software updates, remote diagnosis and replacement of defective sensors. The annual support fee shall not exceed 9% of the Hardware and Licence Subtotal (CNY 143,280 per year) and is fixed for the first three years after the Warranty Period.
P:7.2 Support is ordered year by year by purchase order. There is no automatic renewal.
H:8. Intellectual Property
P:8.1 The VibeWatch software and the sensor firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the supplied equipment.
P:8.2 Asset models, alarm settings, dashboards, DCS interface configurations and reports produced for the Buyer under this Contract belong to the Buyer, and the Buyer may use, modify and license them freely.
H:9. Data Security
P:9.1 All measurement data, equipment records and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The system runs on the Buyer's own network. Remote access by the Supplier requires the Buyer's approval for each session and shall be made only through the Buyer's secure access gateway. The Supplier shall not copy data outside the Buyer's network and shall keep the equipment free from malicious code.
P:9.3 The Supplier shall report any security incident within 12 hours and is liable for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's process data and mill layout, and shall not disclose it to third parties without prior written consent. This Clause survives for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:15. General
P:15.1 This Contract is made in English and Chinese, and both versions are equally authentic. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for a failure to perform caused by force majeure, such as typhoon, flood or government action, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days, the parties shall discuss how to continue the Contract.
P:15.3 Notices shall be in writing and sent by courier or email to the addresses of the project contacts named in Annex 2. A notice sent by email is received on the next business day.
P:15.4 Annex 1 (Technical Specification and Sensor Placement List) and Annex 2 (Project Contacts and Schedule) form part of this Contract. If the Annexes conflict with the clauses of this Contract, the clauses prevail.
P:Buyer: ____________________    Supplier: ____________________
"""

H1092E04 = """# Managed IT Services Agreement

**Agreement No.:** KMS-MSA-2027-006

**Between:**

**Tianjin Haitong Cold Chain Logistics Co., Ltd.**, Binhai New Area, Tianjin, People's Republic of China (the "Customer"); and

**Kinnaird Managed Services Limited**, a company registered in Scotland, Broad Street, Fraserburgh, Aberdeenshire, Scotland (the "Provider").

**Background.** The Customer operates six temperature-controlled warehouses and a fleet management centre. It wishes to outsource the operation of its servers, network and end-user support to the Provider for 36 months, with the Provider working through its operations team in Tianjin and its service desk.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer or its customers that the Provider accesses, stores or processes in providing the Services, including warehouse management data, temperature logs, shipment records and personal information.

1.5 "Service Commencement Date" means the date on which the Customer issues the Transition Acceptance certificate under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature. The operational term is 36 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, at charges agreed at that time.

## Section 3. Transition and Acceptance

3.1 The Provider shall complete transition within 75 days after signature. Transition includes discovery and documentation of the Customer's environment, set-up of monitoring tools, creation of runbooks for every in-scope system, knowledge transfer from the Customer's current staff, and a shadow-operation period.

3.2 Transition Acceptance requires that: (a) all in-scope devices listed in Schedule 1 are under monitoring and recorded in the configuration database; (b) runbooks for all critical systems are approved by the Customer; (c) the Provider has handled live tickets for 15 consecutive days in shadow mode without missing a Priority 1 response time; and (d) a restore test of the warehouse management system database has succeeded.

3.3 The Customer shall review the Provider's acceptance report within 10 business days and issue the Transition Acceptance certificate or a list of gaps. The Provider's start of operations does not by itself amount to acceptance.

3.4 If transition is not accepted by the date in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall report monthly on Service Level performance, incidents, changes, capacity and open risks, and shall attend a monthly service review with the Customer's IT manager.

4.3 If a Service Level is missed, the Provider shall give the service credits set out in Schedule 2 and provide a root-cause analysis within five business days.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value over the term is CNY 2,590,000.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt of a valid VAT invoice.

5.3 Service credits are deducted from the next monthly invoice.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer.

6.2 The Provider shall protect Customer Data with security measures no less strict than those described in its ISO 27001 statement of applicability, including role-based access, multi-factor authentication for all administrator accounts, encrypted backups kept in mainland China, and logging of privileged activity. The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

6.3 The Provider shall notify the Customer within 6 hours after becoming aware of a security incident affecting Customer Data, contain it, and be liable for the Customer's losses caused by its breach of this Section 6.

6.4 The Provider may collect anonymised operational and performance data derived from the Services, such as ticket volumes, incident patterns and device metrics, and may use it during and after the term to benchmark, develop and improve its services for its other clients.

## Section 7. Intellectual Property

7.1 Runbooks, scripts, configuration records and documentation produced specifically for the Customer belong to the Customer, which may use, modify and license them freely, including with a successor provider.

7.2 The Provider's monitoring tools and pre-existing methods remain its property. The Provider grants the Customer a licence to use them as needed during the term and the exit period.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value stated in 5.1. The limit does not apply to personal injury, wilful misconduct or breach of Sections 6 and 8.

## Section 10. Subcontracting

10.1 The Provider may subcontract parts of the Services, including after-hours service desk and on-site hardware repair, to its affiliates or to third parties by giving the Customer written notice before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the Priority 1 response Service Level in three months of any six-month period.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days, hand over all Customer Data, documentation and credentials, and then delete Customer Data from its systems.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Section 13. Personnel and Customer Responsibilities

13.1 The Provider shall appoint a service delivery manager based in Tianjin and keep at least four engineers on site during business days. Key staff named in the transition plan may be replaced only with people of similar experience, and the Provider shall give the Customer ten business days' notice of any change.

13.2 Provider staff working at the Customer's sites shall follow the Customer's site rules, including cold-store safety instructions, visitor registration and the ban on photography in customer areas.

13.3 The Customer shall give the Provider the access, accounts, information and decisions reasonably needed for the Services, keep its software licences and vendor support contracts valid, and tell the Provider in advance of projects that affect the managed environment.

13.4 The Provider is not responsible for a missed Service Level to the extent that it is caused by the Customer's failure under 13.3, by a third-party vendor engaged directly by the Customer, or by a change made without the Provider's involvement.

## Section 14. General

14.1 Changes to the scope of the Services, including new sites or a change in the number of users of more than ten percent, shall be agreed through the change procedure, with charges calculated from the unit rates in the Provider's proposal.

14.2 The Provider shall maintain professional indemnity and public liability insurance with reputable insurers throughout the term and provide certificates on request.

14.3 Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties.

14.4 This Agreement and its Schedules are the entire agreement between the parties. If a Schedule conflicts with a Section, the Section prevails.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Server operations | 64 physical and virtual servers, backup, patching, capacity | 24x7 monitoring |
| Network operations | core switches, 6 warehouse networks, SD-WAN, firewalls | 24x7 monitoring |
| Service desk | 420 users, Chinese and English, phone, portal and chat | 07:00–22:00 daily |
| On-site support | Tianjin head office and warehouses in Tianjin and Langfang | business days |
| Change management | standard and emergency changes, change board | as required |

## Schedule 2 — Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Availability of WMS servers and core network | 99.95% per month | 3% of the monthly charge per 0.1 point below |
| Priority 1 incident response | 15 minutes | CNY 1,500 per hour late |
| Priority 1 restoration | 6 hours | CNY 2,000 per hour late |
| Priority 2 incident response | 1 hour | CNY 500 per hour late |
| Service desk first-call resolution | reported monthly | none; improvement plan |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 124,000 |
| Monthly service charge | 36 months × CNY 68,500, monthly in arrears | 2,466,000 |
| **Total contract value** | | **2,590,000** |

**Signed for the Customer:** ____________________

**Signed for the Provider:** ____________________
"""

H1092E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. MFMD-SUB-2027-021

PARTIES

(1) Moray Firth Marine Data Limited, a company registered in Scotland, with its office at Cluny Harbour, Buckie, Moray, Scotland (the "Provider").

(2) Zhoushan Haixing Ocean Fishing Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China (the "Customer").

BACKGROUND

The Customer operates a fleet of distant-water fishing vessels and a shore-based fleet operations centre in Zhoushan. It wishes to receive marine weather forecasts, sea-state data and vessel position data through the Provider's application programming interface, to feed its own fleet management system. The Provider has agreed to provide that data on the terms of this Agreement.

1. DEFINITIONS

1.1 "API" means the Provider's MarineFeed application programming interface, version 4, and its documentation.

1.2 "Data" means the forecast, sea-state, ocean-current and AIS vessel-position data made available through the API under the data packages listed in clause 2.1.

1.3 "Subscription Year" means each period of 365 days starting on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which the Customer confirms Connection Acceptance under clause 4.

1.5 "Customer Materials" means the Customer's fleet lists, vessel identifiers, query logs, route plans and any other information that the Customer submits to the API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Data for its own fleet operations, covering the following data packages: North Pacific and Indian Ocean forecast grids at three-hourly steps up to ten days ahead; significant wave height and swell; surface currents and sea-surface temperature; and satellite AIS positions for up to 60 vessels nominated by the Customer.

2.2 The Customer may display the Data to its own staff and vessel masters and store it in its fleet management system. The Customer shall not resell the Data or make it available to third parties as a data product.

2.3 The API allows up to 200,000 calls per day. If the Customer's use regularly exceeds that limit, the parties shall discuss an upgrade of the package.

2.4 The Customer may change the nominated vessels up to four times in each month by updating the vessel list in the support portal, provided that the total number of nominated vessels does not exceed 60 at any time.

2.5 The Customer shall keep its API credentials secure, use them only from its own systems, and inform the Provider without delay if it suspects that the credentials have been compromised. The Provider may suspend credentials that are being misused, after informing the Customer, and shall issue new credentials promptly.

2.6 The Provider may add new data fields or improve the models used to produce the Data. It shall not remove a data package listed in clause 2.1 during the term, and it shall give at least 60 days' notice of any change to the API that requires the Customer to change its integration.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 286,000 for each Subscription Year, so CNY 572,000 for the two Subscription Years. The fee includes VAT and all connection and support services described in this Agreement.

3.2 The Provider invoices the fee for each Subscription Year at the start of that Subscription Year. The Customer shall pay within 30 days after receiving a valid VAT invoice issued by the Provider's authorised distributor in China.

3.3 The fee is fixed for both Subscription Years.

4. CONNECTION AND ACCEPTANCE

4.1 Within 30 days after signature, the Provider shall issue API credentials, provide sandbox access and support the Customer's integration team in connecting its fleet management system.

4.2 Connection Acceptance requires that: (a) all data packages in clause 2.1 are delivered through the production API; (b) forecast grids for the Customer's fishing grounds are received within 30 minutes of each model run for ten consecutive days; (c) AIS positions of all nominated vessels are received with a delay of no more than the figure stated in the API documentation; and (d) the adaptor described in clause 8.2 has passed the Customer's test cases.

4.3 The Customer shall confirm Connection Acceptance in writing or list the deficiencies within ten business days after the Provider's notice of readiness. Access to the sandbox or trial use of the Data is not acceptance.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver the Data in accordance with the documentation, but does not guarantee that the API will be uninterrupted or that forecasts will be accurate.

5.2 The Provider provides support by email and through its support portal. The Provider will respond to support requests as soon as reasonably practicable and will try to give priority to requests that prevent the Customer from receiving Data.

5.3 The Provider may carry out maintenance of the API from time to time and will try to announce planned maintenance on its status page in advance.

5.4 The Data is based on numerical models and third-party satellite sources. The Customer remains responsible for navigation and safety decisions and shall not rely on the Data as the only source of information.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to the Customer. The Provider may use Customer Materials only to provide the API and the Data to the Customer and for no other purpose.

6.2 The Provider shall protect Customer Materials with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, and logging of access. Query logs shall be deleted after 90 days unless the Customer asks for them to be kept.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Materials, cooperate in remedying it, and be liable for the Customer's losses caused by its breach of this clause 6.

6.4 The positions and routes of the Customer's nominated vessels are sensitive commercial information. The Provider shall not publish them or disclose them to other subscribers.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including pricing, technical documentation and fishing-ground information, and shall use it only for this Agreement. This clause continues for five years after this Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The API, the Data and all intellectual property rights in them remain with the Provider and its licensors.

8.2 The Provider shall develop an adaptor that converts the Data into the format of the Customer's fleet management system. The adaptor, its source code and documentation belong to the Customer, which may use, modify and license them freely.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the total fees payable under this Agreement. This limit does not apply to personal injury, wilful misconduct, breach of clause 2.2 or breach of clauses 6 and 7.

9.2 Neither party is liable for indirect or consequential loss, including loss of catch.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the provision of the API or the development of the adaptor without the Customer's prior written consent. Third-party data sources used by the Provider to compile the Data are not subcontractors.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a renewal in writing before it ends.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates under this clause, the Provider shall refund the fees paid for the remaining part of the Subscription Year.

11.3 On expiry or termination the Customer's API credentials are deactivated. The Customer may keep Data already stored in its system for internal historical records.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, including satellite outages and international network failures, provided that it notifies the other party promptly.

13.3 Notices shall be in writing and sent by email and courier to the contacts named on the signature page.

13.4 This Agreement is made in English and Chinese. Both versions have equal effect.

13.5 This Agreement is the entire agreement between the parties about its subject matter and replaces any earlier proposals, quotations and correspondence, including the trial terms under which the Customer evaluated the API before signature.

13.6 Amendments to this Agreement must be in writing and signed by authorised representatives of both parties. A purchase order or invoice term that conflicts with this Agreement has no effect.

13.7 Each party shall comply with the export control and sanctions laws that apply to it in performing this Agreement.

SIGNATURES

For the Provider: ____________________ Name / Title / Date

For the Customer: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks

FILES = {
    "z01": ("h1092z01_civil_affairs_funeral_service_platform", "pdf", H1092Z01),
    "z02": ("h1092z02_sausage_grill_line_control_retrofit", "docx", H1092Z02),
    "z03": ("h1092z03_english_training_chain_booking_saas", "txt", H1092Z03),
    "z04": ("h1092z04_irrigation_water_metering_om_service", "txt", H1092Z04),
    "z05": ("h1092z05_willow_craft_tracking_supplier_template", "md", H1092Z05),
    "e01": ("h1092e01_eam_perpetual_licence_brechin_vendor", "pdf", H1092E01),
    "e02": ("h1092e02_quality_saas_order_form_forfar_vendor", "md", H1092E02),
    "e03": ("h1092e03_vibration_sensors_monitoring_licence", "docx", H1092E03),
    "e04": ("h1092e04_managed_it_services_36_months", "md", H1092E04),
    "e05": ("h1092e05_marine_data_api_subscription", "txt", H1092E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, capped or None, deemed, contract_value, fee_base, design rules, risk)
DESIGN = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                          False, "PRC", G), True, True, True, False, 1350000, 720000, [], "low"),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 25, False, True,
                          True, "PRC", G), True, True, True, False, 1300000, 1140000,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "high"),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                       False, "PRC", S), True, True, None, False, 894000, None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "medium"),
    "z04": ("services", T(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                          False, False, None, S), True, True, None, False, 436000, None,
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
    "z05": ("software", T(None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False,
                          True, None, "PRC", G), True, True, False, True, 416000, 168000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high"),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True,
                          False, "Scotland", G), True, True, True, False, 1680000, 1280000,
            ["CR-GOVERNING-LAW"], "low"),
    "e02": ("cloud", T(99.95, 0.5, True, "buyer", False, True, True, 600 / 754000 * 100, 6 / 24 * 100, None, True,
                       None, None, None, False, True, False, "PRC", S), True, True, None, False, 754000, None,
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high"),
    "e03": ("hardware", T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True,
                          False, "PRC", G), True, True, True, False, 1760000, 1592000, [], "low"),
    "e04": ("services", T(99.95, 0.25, True, "buyer", True, False, True, 2000 / 2590000 * 100, 150, None, True, None,
                          None, None, False, True, True, "PRC", S), True, True, None, False, 2590000, None,
            ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"], "medium"),
    "e05": ("cloud", T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                       True, False, "PRC", S), False, False, None, False, 572000, None,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, cv, fee_base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base itemised."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (cv + fees) * 100


def derive(t, x, fee_base):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x["contract_value"], fee_base)
        if share is not None and share > 40:
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


# --- threshold scan ---------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])0\.05(?![\d])", r"万分之五(?![十])", r"千分之零点五", r"百分之零点零五",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", rf"(?<![{CN}])四(?:个)?小时", r"(?<![-\w])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])30\s*%", rf"(?<![{CN}])百分之三十(?![{CN}])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15\s*%", rf"(?<![{CN}])百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*%", rf"(?<![{CN}])百分之四十(?![{CN}])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])100\s*%", r"百分之百", r"百分之一百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|months?\b)", rf"(?<![{CN}])十二个月", r"twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![{CN}])一年(?:的)?(?:质保|保修)", r"质保期(?:为)?一年", r"one[-\s]*year\s*warranty",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "4小时", "4 小时", "4 hours", "within 4 h", "四小时", "four hours",
            "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百", "12个月",
            "12 months", "十二个月", "twelve months", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "0.08%", "万分之八", "24小时", "24 hours", "二十四小时", "twenty-four hours", "14 hours",
             "130%", "45%", "150%", "1,000", "112 months", "18个月", "二十四个月", "35%", "25%", "215%", "0.055"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must-hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must-miss", s, THRESHOLD_RE.search(s).group(0))

    # price and payment sums stated in the drafts
    assert 720000 + 486000 + 118000 + 26000 == 1350000 == 270000 + 607500 + 472500  # z01
    assert 408000 + 228000 + 115200 + 46800 + 156000 + 186000 == 1140000 and 6 * 68000 == 408000  # z02 subtotal
    assert 1140000 + 54000 + 96000 + 10000 == 1300000 == 260000 + 715000 + 325000 and 0.25 * 1140000 == 285000
    assert 40 * 9600 == 384000 and 2 * 384000 + 126000 == 894000  # z03
    assert 4 * 109000 == 436000  # z04
    assert 168000 + 212000 + 36000 == 416000 == 270400 + 145600 and 0.65 * 416000 == 270400  # z05
    assert 1280000 + 356000 + 44000 == 1680000 == 336000 + 756000 + 588000 and 0.13 * 1280000 == 166400  # e01
    assert 2 * 348000 + 58000 == 754000  # e02
    assert 240 * 3150 + 12 * 18500 + 2 * 64000 + 486000 == 1592000  # e03
    assert 1592000 + 148000 + 20000 == 1760000 == 176000 + 968000 + 616000 and round(0.09 * 1592000) == 143280
    assert 36 * 68500 + 124000 == 2590000  # e04
    assert 2 * 286000 == 572000  # e05

    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (stem, ext, _src) in FILES.items():
        cat, terms, sla, ld_stated, capped, deemed, cv, fee_base, rules, risk = DESIGN[key]
        lang = "zh" if key.startswith("z") else "en"
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "words", n)
        hits = scan(text)
        assert not hits, (key, "threshold figure in text", hits)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        # no label value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] != 0.05 and terms["liability_cap_pct"] != 100
        assert terms["prepayment_pct"] != 30 and terms["warranty_months"] != 12
        assert terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, cv, fee_base) if terms["contract_kind"] == G else None
        if share is not None:
            assert not (38 <= share <= 42), (key, "TCO share near threshold", share)
        derived = derive(terms, extra, fee_base)
        assert derived == sorted(rules), (key, derived, sorted(rules))
        lvl = "high" if set(derived) & HIGH else ("medium" if set(derived) - LOW else ("low" if derived else "low"))
        assert lvl == risk, (key, lvl, risk)
        covered |= set(derived)
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": derived}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-4s %5d %s share=%s %s" % (key, ext, n, risk, None if share is None else round(share, 2),
                                             ", ".join(derived) or "-"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    # the mix
    nrules = {k: len(DESIGN[k][8]) for k in DESIGN}
    assert sorted(k for k in nrules if nrules[k] == 0) == ["e03", "z01"]
    assert DESIGN["e01"][8] == ["CR-GOVERNING-LAW"]
    assert 8 <= nrules["z05"] <= 10
    assert all(2 <= nrules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
