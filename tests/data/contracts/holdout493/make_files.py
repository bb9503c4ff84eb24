"""holdout493: builds ten blind, ORDINARY draft contracts and their labels, then checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Sources are kept below; .txt/.md are written as
is, .docx/.pdf through ../word_pdf.py (wrap_words=True). Labels are written from LABELS; expected rules are derived by
my own reading of policy.md section 3 (expected_rules_from_terms), compared with the design list and asserted to cover
all 20 CR rules. Every built file (read back) and every source is scanned for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H493Z01 = """T:不动产登记信息平台软件许可及定制开发采购合同
P:合同编号：HQZRZY-ZFCG-2026-017        采购方式：公开招标（政府采购）
P:甲方（采购人）：河清市自然资源局        地址：河清市滨江大道88号
P:乙方（供应商）：江南鼎图信息技术有限公司        地址：杭州市西湖区文三路219号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲方向乙方采购不动产登记信息平台软件许可及定制开发服务。双方经协商一致，订立本合同。
H:第一条 采购内容及合同价款
P:1.1 本合同价款为人民币2,020,000元（大写：贰佰零贰万元整），含税，包括下列各项：
TB:序号|项目|数量|金额（元）
TB:1|不动产登记信息平台软件许可（永久许可，含一窗受理、登簿、缮证、查询模块）|1套|1,080,000
TB:2|定制开发（税务、银行抵押、公积金接口及“一窗受理”流程定制）|1项|636,000
TB:3|历史登记数据整合与迁移|1项|218,000
TB:4|部署实施及操作培训|1项|86,000
TB:合计|||2,020,000
P:1.2 合同价款为固定总价，除甲方书面变更需求外，不因人工、材料价格变化而调整。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后150日内完成软件部署、定制开发和数据迁移，具备初步验收条件。
P:2.2 交付地点为甲方指定的政务云机房及不动产登记中心办公场所，乙方应与政务云运营单位做好部署协调。
P:2.3 乙方应在合同签订后10日内提交项目实施方案，明确项目经理、技术负责人及各阶段工作计划，经甲方确认后执行。项目经理须具有同类不动产登记项目实施经验，未经甲方同意不得更换。
P:2.4 乙方应按甲方要求提交需求规格说明书、数据迁移方案、接口说明、测试报告、用户手册和运维手册等文档，文档随系统一并验收。
P:2.5 甲方负责提供政务云资源、网络环境、历史数据及必要的业务人员配合；因甲方原因造成的延误，交付期限相应顺延。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同价款的20%作为预付款，即404,000元。
P:3.2 初步验收合格后15个工作日内，甲方支付合同价款的45%，即909,000元。
P:3.3 最终验收合格后15个工作日内，甲方支付合同价款的35%，即707,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过财政国库集中支付系统付款，因财政支付流程产生的合理延迟，不视为甲方逾期付款。
P:3.5 最终验收合格后，甲方退还乙方提交的履约保函。
H:第四条 验收
P:4.1 初步验收：平台部署完成、定制功能全部实现后，由甲方组织测试。标准为：功能与招标文件需求逐项相符；迁移数据经全量比对，宗地、不动产单元、权利人信息无差错；各接口连续10日调用无失败记录；在300个并发用户下查询响应不超过2秒。
P:4.2 最终验收：初步验收后系统试运行90日，期间无一级故障，并通过第三方网络安全等级保护测评，甲方出具最终验收报告。
P:4.3 系统上线、甲方使用或支付部分价款，均不视为验收合格。
H:第五条 质量保证与后续维护
P:5.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期内乙方每季度进行一次系统健康检查，提交检查报告；遇国家或省级不动产登记政策、数据标准调整的，乙方应免费完成相应的适应性修改。
P:5.3 质保期内乙方应在河清市安排不少于1名熟悉本系统的工程师，保证重要业务时段的现场支持。
P:5.4 质保期满后，甲方如续购维护服务，年度维护费不超过软件许可费的8%，即每年不超过86,400元，该价格在质保期满后三个维护年度内固定不变。
H:第六条 服务水平
P:6.1 平台在质保期内的月度可用率不低于99.95%（计划内停机经甲方同意的除外）。
P:6.2 一级故障（登记业务无法办理）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次工作日内解决。
P:6.3 响应或到场每迟延1小时，乙方向甲方支付1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付1,000元。
H:第七条 知识产权
P:7.1 平台软件本身的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的接口程序、流程配置、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全与数据归属
P:8.1 登记数据、权利人信息及业务日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机进行运维操作，不得将数据带出甲方环境；发生数据泄露或安全事件，乙方应在2小时内报告并配合处置。
P:8.3 因乙方原因造成数据泄露、毁损或被非法使用的，乙方承担全部赔偿责任。
H:第九条 保密
P:双方对履行本合同获知的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同价款的万分之八向甲方支付违约金。
P:10.2 乙方交付的软件不符合合同约定且在甲方书面通知后20日内未能改正的，甲方有权解除合同。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包与转包
P:乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交河清市人民法院诉讼解决。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据影响部分或全部免除责任。
P:14.2 双方的通知应以书面形式送达本合同载明的地址，一方地址变更的，应在变更后5日内通知对方。
P:14.3 乙方在履约过程中不得向甲方工作人员提供任何形式的不正当利益，否则甲方有权解除合同。
P:14.4 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：河清市自然资源局        乙方（盖章）：江南鼎图信息技术有限公司
P:法定代表人或授权代表：________        法定代表人或授权代表：________
P:日期：2026年4月8日        日期：2026年4月8日
"""

H493Z02 = """T:定型机控制系统改造及维保合同
P:合同编号：YR-SB-2026-0312
P:甲方：绍兴柯桥永润印染有限公司（以下简称“甲方”）
P:乙方：浙江恒拓自动化工程有限公司（以下简称“乙方”）
P:鉴于甲方拟对其二车间6台拉幅定型机的电气控制系统进行改造，实现温度、门幅、超喂的自动控制和能耗监测，乙方具备相应的设计、供货和实施能力，双方经平等协商，订立本合同。
H:1. 合同标的与价格
P:1.1 乙方负责6台定型机控制系统的设计、供货、安装、调试、培训及质保期后的维保服务。供货清单及价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜及伺服驱动系统|6套|98,000|588,000
TB:2|触摸屏HMI及工艺配方软件许可|6套|26,000|156,000
TB:3|温湿度、门幅在线检测传感器组|6套|21,000|126,000
TB:4|车间能耗监控软件许可|1套|88,000|88,000
TB:软硬件小计||||958,000
TB:5|停机改造安装及调试|1项|96,000|96,000
TB:6|操作及维修人员培训|1项|18,000|18,000
TB:合同总价||||1,072,000
P:1.2 上述价格含税、含运输及保险，为固定价格。除甲方书面提出的变更外，乙方不得以任何理由要求增加费用。
P:1.3 改造范围包括：拆除原有控制柜及线缆，安装新控制柜、伺服驱动和检测传感器，编写PLC程序及HMI画面，导入甲方现有工艺配方，接入车间能耗监控系统，并与甲方生产管理系统对接读取订单工艺参数。
H:2. 交付与实施
P:2.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并按甲方安排的停机窗口逐台改造，每台停机时间不超过5日。
P:2.2 全部改造应在设备到货后60日内完成并具备验收条件。
P:2.3 乙方现场人员应遵守甲方安全生产及消防管理制度，进入车间须穿戴劳保用品，动火、登高作业须事先办理作业票。
P:2.4 乙方应在合同生效后7日内完成现场勘查，提交改造设计方案、电气图纸和停机改造计划，经甲方确认后实施。改造期间乙方应保证未改造设备的正常生产不受影响。
P:2.5 乙方应对甲方电工及设备维修人员进行不少于三天的操作和维修培训，培训合格后方可独立操作改造后的设备。
P:2.6 乙方应随设备提供合格证、说明书、电气原理图、PLC程序备份及备品备件清单，并在改造完成后提交竣工资料。
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即214,400元，作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，即375,200元。到货签收不代表质量验收。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的45%，即482,400元。
H:4. 验收
P:4.1 每台定型机改造完成后进行单机验收，标准为：烘房温度控制偏差不超过±2℃；门幅控制偏差不超过±5毫米；配方调用、超喂联动功能正常；连续生产72小时无控制系统故障。
P:4.2 6台单机验收全部合格并连续试生产15日后，甲方组织最终验收并出具书面验收报告。设备安装完成或甲方投入生产使用，均不视为验收合格。
H:5. 质量保证
P:5.1 质保期为六个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换，由乙方免费负责。
P:5.2 质保期内乙方每月进行一次现场巡检，并提交巡检记录。
P:5.3 质保期内同一部件因质量问题累计维修两次仍不能正常使用的，乙方应免费更换同型号新件，更换部件的质保期重新计算。
H:6. 质保期后的维保服务
P:6.1 质保期满后，乙方继续提供维保服务，内容包括季度巡检、故障维修、易损备件更换、软件升级及操作人员复训。维保期间乙方在柯桥设立备件库，常用备件保证库存。
P:6.2 维保费按软硬件小计的22%每年计取，即每年210,760元，按季度结算。维保费为固定金额，乙方不得单方上调。
H:7. 服务水平
P:7.1 一级故障（定型机因控制系统停机）：乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产。
P:7.2 二级故障（部分功能异常但可生产）：2小时内响应，48小时内修复。
P:7.3 乙方响应或到场每迟延1小时，向甲方支付500元；未在约定时间内恢复生产的，每迟延1小时支付800元。
H:8. 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、工艺配方模板及接口程序，知识产权归甲方所有，乙方应交付源程序及说明文档，甲方可自行修改使用。
P:8.2 标准软件产品的著作权仍属乙方，乙方授予甲方永久使用许可。
H:9. 数据与保密
P:9.1 工艺配方、生产记录及能耗数据属于甲方，乙方仅为履行本合同使用，不得复制带走或用于其他客户。
P:9.2 乙方远程维护须经甲方审批并通过甲方指定的安全通道进行，操作留痕；发生数据泄露或被篡改的，乙方应在2小时内告知甲方，因乙方原因造成的损失由乙方全额赔偿。
P:9.3 双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，保密期限至合同终止后三年。乙方不得将甲方工艺配方、产品花型及客户信息透露给任何第三方，包括乙方的其他客户。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 改造后的设备经两次复检仍达不到第4.1条标准的，甲方有权要求乙方更换或退货，并由乙方承担由此产生的费用。
P:10.3 乙方施工造成甲方设备、厂房损坏或人员伤害的，由乙方负责修复并赔偿。
P:10.4 甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:11. 分包
P:乙方不得将本合同主要工作分包。如需将电缆敷设等辅助工作交由第三方完成，应事先取得甲方书面同意，并对分包方的工作负责。
H:12. 合同解除
P:乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除合同并要求乙方赔偿损失。合同解除后，乙方应配合甲方恢复设备的正常生产状态。
H:13. 法律适用及争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交绍兴仲裁委员会仲裁。
H:14. 其他
P:14.1 因不可抗力导致不能按期履行的，受影响方应及时书面通知对方，并在10日内提供证明，双方协商调整履行期限。
P:14.2 本合同附件（技术协议、改造设计方案、验收记录表）为合同组成部分，与正文具有同等效力。
P:14.3 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:代表签字：____________    代表签字：____________
P:签订日期：2026年3月12日
"""

H493Z03 = """门店工单及会员管理SaaS服务合同

合同编号：CX-IT-2026-021
甲方：成都车享汇汽车美容服务连锁有限公司
乙方：重庆云店通软件科技有限公司

甲方在成都、德阳、绵阳经营28家汽车美容门店，需要统一的施工工单、会员储值及营销管理系统。乙方以SaaS方式提供“云店通门店管理系统”并负责实施。双方经协商，订立本合同。

一、服务内容与费用
（一）乙方为甲方28家门店及总部开通SaaS服务，服务期为三个服务年度，自系统上线验收合格之日起算。
（二）费用明细：
  1. 门店端订阅费：28家 × 6,800元/服务年度 = 190,400元/服务年度；
  2. 总部管理端订阅费：36,000元/服务年度；
  3. 订阅费合计226,400元/服务年度，三个服务年度共679,200元；
  4. 实施服务费（系统配置、历史会员及储值余额迁移、门店培训）：68,000元，一次性；
  5. 会员小程序界面及积分规则定制费：42,000元，一次性。
（三）合同总价为人民币789,200元，含税。短信按实际发送量另行结算，不计入合同总价。
（四）服务功能包括：预约登记、施工工单及派工、技师提成核算、会员开卡及储值、次卡和套餐核销、积分与优惠券、库存及耗材管理、门店经营报表和总部多店对比分析。乙方对服务功能所做的版本升级，不得减少上述功能。
（五）乙方提供工作日9:00至21:00的在线客服和电话支持，周末及节假日提供值班电话。

二、实施与上线
（一）乙方应在合同签订后40日内完成系统配置、数据迁移和小程序定制，并完成全部门店培训。
（二）上线前乙方应将历史会员数据迁移结果交甲方核对，储值余额有差异的，以甲方原系统数据为准。
（三）乙方应指定一名实施经理负责本项目，按门店分批上线，每批上线前对店长、收银员和施工技师进行现场或远程培训，并提供操作手册和培训视频。
（四）甲方应指定项目联系人，按时提供门店信息、服务项目及价格、会员等级规则和原系统导出数据，并安排门店人员参加培训。
（五）上线后两周内，乙方应安排专人每日巡查各门店使用情况，及时处理问题。

三、验收
（一）上线验收标准：28家门店均能正常开具工单、收款和核销储值；迁移后的会员人数、储值余额与甲方原系统导出数据逐户核对一致；小程序定制功能符合甲方确认的需求说明；连续试运行7日无一级故障。
（二）验收合格后甲方签署上线验收单。试运行期间的使用不视为验收合格。
（三）验收不合格的，乙方应在5个工作日内整改并重新提交验收，由此延误的时间计入上线逾期天数。

四、付款
（一）实施服务费和定制费合计110,000元，于上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度结算，每个季度结束后15个工作日内，甲方支付当季订阅费56,600元。
（三）本合同不设预付款。

五、服务水平
（一）系统月度可用率不低于99.5%，按月统计，乙方经甲方同意的计划维护不计入不可用时间。
（二）故障分级及响应：一级故障（全部或多家门店无法开单、收款）30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，次日内解决；一般问题1个工作日内答复。
（三）月度可用率低于承诺值的，每低0.5个百分点，抵扣当月订阅费的5%；一级故障未在约定时间内恢复的，每次抵扣当月订阅费的3%。

六、续期
（一）服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。
（二）续期年度的订阅费由乙方根据其当期价目表调整，每次上调幅度不超过上一服务年度费用的8%，乙方应在续期前书面告知甲方调整后的价格。

七、数据归属与数据安全
（一）门店会员信息（姓名、手机号、车牌号）、消费及储值记录、工单数据均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于向第三方推销或其他任何目的。
（二）乙方应按网络安全等级保护第二级要求运营系统，对会员个人信息加密存储，对访问进行权限控制和日志审计，每日备份。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失（包括甲方对会员的赔偿）由乙方承担。
（四）合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。
（五）乙方不得在系统中向甲方会员推送非甲方发起的广告或营销信息。甲方会员通过小程序授权的个人信息，乙方应按甲方制定的隐私政策处理。

八、保密
双方对因本合同知悉的对方经营信息、价格及技术资料承担保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效三年。

九、知识产权
SaaS平台的知识产权属于乙方。为甲方定制的小程序界面、积分规则配置及相关源代码归甲方所有，甲方有权自行修改或委托他人维护。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，向甲方支付违约金800元。
（二）乙方提供的小程序定制功能不符合需求说明，经甲方书面通知后10日内仍未修改完成的，甲方有权拒绝支付定制费，并要求乙方赔偿由此造成的损失。
（三）甲方逾期支付订阅费的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应取得甲方书面同意，乙方对分包方的工作及数据处理行为承担连带责任。乙方使用的云服务器应部署在中国境内，机房服务商名单列于附件。

十二、合同解除
一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。甲方因乙方违约解除合同的，乙方应退还已收取的未履行期间费用。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

十四、服务变更
（一）甲方新开门店的，可按每家6,800元/服务年度的单价增加门店端账号，费用按当期服务年度剩余天数折算；门店关闭的，甲方可在季度结算时减少相应账号。
（二）甲方提出超出本合同范围的定制需求，乙方应在5个工作日内提供工作量评估和报价，经双方书面确认后实施。

十五、不可抗力及通知
（一）因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，不可抗力期间的可用率不作考核。
（二）双方指定的联系人及联系方式见附件，任何一方变更联系人的，应提前书面通知对方。

十六、其他
本合同附件包括：服务功能清单、会员小程序定制需求说明、上线验收单及联系人清单，均为本合同组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都车享汇汽车美容服务连锁有限公司
乙方（盖章）：重庆云店通软件科技有限公司
授权代表：__________    授权代表：__________
日期：2026年5月6日
"""

H493Z04 = """预报业务系统运行维护服务合同

项目编号：LZQX-CS-2026-004（竞争性磋商）
甲方（采购人）：临州市气象台
乙方（成交供应商）：华岳气象信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担预报业务系统的运行维护服务。双方依法订立本合同。

（1）服务范围
1) 运维对象包括：短临预报业务平台、智能网格预报编辑系统、预警信息发布系统、雷达及自动站数据处理服务器、数据库及中间件。
2) 服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，不自动续期。
3) 运维对象的设备清单、软件版本及部署位置见附件2，服务期内甲方新增的同类设备纳入运维范围，不另行收费。

（2）服务内容与价格
乙方应按磋商文件技术要求提供下列服务，各项服务的工作标准见附件1《运维服务要求》：
1) 驻场运维：乙方派2名工程师在甲方业务机房驻场，工作日8:30至17:30，汛期及重大天气过程期间7×24小时值守，费用264,000元；
2) 系统巡检与性能优化：每月一次全面巡检并提交报告，费用48,000元；
3) 数据库及中间件保障：56,000元；
4) 汛期及重大天气过程应急保障：42,000元；
5) 安全加固与漏洞修复：16,000元。
以上合计，合同总价为人民币426,000元，为服务期内的固定总价。

（3）付款方式
1) 本合同不设预付款。甲方收到乙方开具的合规发票后，通过国库集中支付系统付款。
2) 服务费按季度支付。每季度结束后，甲方依照第（6）项完成季度考核，考核合格后15个工作日内支付当季服务费106,500元。
3) 考核扣减金额从当季服务费中直接扣除。
4) 乙方应在每次收款前开具合规的增值税发票，甲方通过国库集中支付系统付款。

（4）服务水平
1) 预报业务平台及预警发布系统的月度可用率不低于99.95%。
2) 一级故障（预报产品无法制作或预警信息无法发布）：15分钟内响应，1小时内到场处理，3小时内恢复；二级故障：30分钟内响应，8小时内解决；三级故障：下一工作日内解决。
3) 乙方响应或恢复每超时30分钟，扣减当季服务费2,000元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。

（5）工作交付
1) 乙方提交的月报应包含系统可用率统计、故障清单及处理情况、巡检发现的问题和整改建议。
2) 乙方应于每月5日前提交上月运维月报，每季度首月10日前提交季度巡检报告。
3) 乙方应在2026年6月30日前完成汛前系统升级及应急演练。
4) 重大天气过程结束后3个工作日内，乙方应提交保障总结，说明系统运行情况、出现的问题及改进建议。
5) 乙方应每季度对服务器、存储和网络设备进行一次健康检查，对数据库进行一次备份恢复演练，并将结果写入季度巡检报告。
6) 系统补丁、版本升级及配置变更应事先提交变更方案，经甲方同意后在非业务高峰时段实施，并做好回退准备。

（6）考核与验收
1) 季度考核指标：故障响应及时率、恢复时限达标率、巡检计划完成率、文档完整性，考核细则见磋商文件附件3。
2) 服务期满后，甲方根据四个季度考核结果和运维文档移交情况进行终期验收，出具验收意见。

（7）违约责任
1) 乙方未按第（5）项约定期限提交报告或完成汛前升级的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2) 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

（8）数据安全
乙方应遵守《中华人民共和国数据安全法》、气象数据管理相关规定及甲方的网络安全管理制度。
1) 气象观测数据、预报产品、业务日志及系统配置均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
2) 乙方人员须签署安全承诺书，经甲方堡垒机操作，严禁将数据通过移动介质带出机房。
3) 发生数据泄露或安全事件，乙方应在1小时内报告甲方；因乙方原因造成损失的，乙方承担全部赔偿责任。

（9）保密
乙方对履约中获知的甲方业务信息、网络结构、账号口令等负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。乙方人员离岗时应交回全部账号、门禁卡及资料，由甲方注销相应权限。

（10）知识产权
乙方在服务过程中为甲方编写的运维脚本、监控配置及技术文档，其知识产权归甲方所有。乙方使用的自有运维工具仍归乙方所有，但不得在工具中留存甲方数据。乙方保证其提供的服务及工具不侵犯第三方的知识产权，否则由乙方承担全部责任。

（11）分包
乙方可将机房精密空调及UPS的季度巡检等非核心工作分包给具备资质的第三方，但应提前5个工作日书面通知甲方，并对分包工作承担责任。

（12）人员管理
1) 乙方驻场人员应具备相应的系统运维经验，其中至少1人熟悉气象业务系统，名单及资质证明作为本合同附件。
2) 乙方驻场人员应保持稳定，更换人员须提前10日告知甲方，新人员资质不得低于原人员，并完成不少于5个工作日的交接。
3) 驻场人员应遵守甲方机房管理、值班及保密制度，服从甲方业务科室的工作安排，每日填写运维日志。
4) 汛期（每年5月至9月）及重大灾害性天气过程期间，乙方应增派1名工程师现场值守，费用已包含在应急保障费用中。

（13）运维文档与交接
1) 乙方应在服务期开始后15日内完成对现有系统的全面梳理，提交系统现状评估报告和运维工作计划，经甲方确认后执行。
2) 乙方应建立并持续更新系统运维台账，包括设备清单、软件版本、账号权限、配置变更和故障处理记录。
3) 服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商完整移交运维台账、脚本、配置备份及技术文档，并提供不少于10个工作日的交接配合。

（14）合同解除
乙方严重违约，经甲方书面通知后7日内未改正的，或连续两个季度考核不合格的，甲方有权解除合同，并按实际服务期结算。

（15）法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交临州仲裁委员会仲裁。

（16）不可抗力
因不可抗力影响履约的，受影响方应及时通知对方并采取措施减少损失；不可抗力期间的考核指标由双方协商调整。台风、暴雨等灾害性天气本身不构成乙方免除应急保障义务的理由。

（17）其他
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

甲方（盖章）：临州市气象台        乙方（盖章）：华岳气象信息服务有限公司
代表：__________        代表：__________
日期：2026年2月20日
"""

H493Z05 = """# 冷链配送管理软件许可及定制开发合同

**（冷运通标准合同文本 V3.0）**

合同编号：LYT-HT-2026-0418

甲方：湘味坊食品有限公司（卤味生产及门店配送）

乙方：长沙冷运通软件有限公司

甲方因门店冷链配送管理需要，购买乙方冷链配送管理软件使用许可并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，就有关事项达成如下协议。

## 第一条 合同内容及价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 冷运通TMS配送管理软件许可（永久） | 1套 | 360,000 |
| 2 | 车载温控监测模块许可 | 40车 | 96,000 |
| 3 | 定制开发：门店要货、线路优化、与甲方ERP对接 | 1项 | 248,000 |
| 4 | 实施部署及培训 | 1项 | 56,000 |
| | 合计 | | 760,000 |

合同总价为人民币760,000元（大写：柒拾陆万元整），含税。车载温控终端硬件由甲方另行采购，不在本合同范围内。

## 第二条 交付

1. 乙方在收到首期款后开始实施，计划于60日内完成部署、定制开发并上线。
2. 因需求调整、甲方配合不到位等原因导致的进度变化，由双方协商调整交付计划。
3. 软件部署在甲方自有服务器或甲方租用的云主机上，服务器、操作系统、数据库及网络环境由甲方负责提供，并应满足乙方提出的配置要求。
4. 乙方交付内容包括：软件安装介质、许可密钥、用户操作手册、管理员手册及培训课件。定制开发部分以乙方确认的需求说明书为准，需求说明书经双方签字后作为本合同附件。
5. 乙方为甲方调度员、司机及门店人员提供两次集中培训，每次不超过两天。超出部分按每人天2,000元另行收费。培训地点在甲方长沙总部，乙方人员的差旅费用已包含在实施部署费用中。
6. 乙方负责软件与甲方现有ERP系统的接口开发和联调，ERP厂商的配合费用由甲方承担。

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的50%，即380,000元。
2. 系统上线后10个工作日内，甲方支付剩余50%，即380,000元。
3. 甲方逾期付款的，乙方有权暂停服务，并按每日千分之三向甲方收取滞纳金。

## 第四条 验收

1. 系统部署完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的功能调整，按变更另行计费。
2. 乙方在上线前向甲方演示系统主要功能，包括订单导入、智能排线、车辆调度、温度曲线查看和异常报警，甲方应派人员参加。
3. 上线后乙方提供一周的现场陪跑服务，协助甲方调度员熟悉系统操作。
4. 上线当日乙方与甲方共同完成基础数据核对和历史订单导入，导入结果由甲方确认。

## 第五条 知识产权

1. 冷运通软件及其模块的著作权归乙方所有，甲方获得永久使用许可，许可范围为甲方及其控股子公司的冷链配送业务。
2. 定制开发形成的程序、源代码、算法模型及文档，知识产权均归乙方所有。甲方在本合同期间获得非独占、不可转让的使用权，不得修改、反编译或提供给第三方。

## 第六条 免费维护与后续服务

1. 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。
2. 免费维护期满后，甲方如需继续获得维护服务，维护费按乙方届时有效的服务价目表收取，以乙方报价为准。

## 第七条 技术支持

1. 乙方提供工作日9:00至18:00的电话及远程支持。节假日期间乙方安排值班人员，通过微信群提供咨询。
2. 一级故障（系统无法派车或温控数据中断）乙方在8小时内响应；其他故障在2个工作日内响应，并尽力解决。
3. 甲方应通过乙方客服热线或工单系统提交故障，并提供故障现象、截图和日志等必要信息。因甲方服务器、网络或第三方系统原因造成的故障，不属于乙方维护范围，乙方协助排查的可另行收费。

## 第八条 数据

1. 甲方的门店、线路、车辆及温控数据由甲方提供，乙方应按约定用途处理。系统运行产生的配送单据、温度曲线可由甲方随时导出。
2. 乙方有权对甲方的配送及温控数据进行脱敏、汇总后，用于产品优化、算法训练及行业分析报告，相关成果归乙方所有。
3. 乙方应采取访问控制、加密传输和定期备份等安全措施保护甲方数据；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并赔偿由此造成的直接损失。

## 第九条 保密

双方对在合作中获得的对方商业秘密负有保密义务，包括但不限于甲方的门店分布、配送线路、采购价格及乙方的软件源代码、技术方案和报价，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

## 第十条 责任限制

1. 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的20%。
2. 任何一方均不对间接损失、利润损失承担责任。
3. 因甲方提供的数据错误、服务器故障、网络中断或甲方人员操作不当造成的损失，乙方不承担责任。
4. 因温控终端、车辆设备或第三方地图服务导致的数据异常，不属于乙方责任范围。

## 第十一条 甲方义务

1. 甲方应指定专人负责项目对接，及时确认需求、测试结果和上线安排。甲方对需求说明书的确认期限为5个工作日，逾期未提出书面意见的，视为确认。
2. 甲方应按乙方要求准备基础数据，包括门店档案、车辆档案、线路信息和商品信息，并对数据的真实性、完整性负责。
3. 甲方应妥善保管软件许可密钥和系统账号，不得将软件用于甲方及其控股子公司以外的单位。
4. 甲方应按期支付合同款项。甲方未付清全部款项前，乙方有权暂停后续技术支持服务。
5. 甲方增加配送车辆超出许可数量的，应按乙方当期价格另行购买车辆许可。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。

## 第十三条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

1. 因不可抗力、政策调整或网络运营商故障导致不能履行或延迟履行的，双方均不承担责任，但应及时通知对方并尽力减少损失。
2. 双方往来通知以本合同载明的地址、联系人电子邮箱发送即视为送达。
3. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
4. 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：湘味坊食品有限公司　　　　乙方（盖章）：长沙冷运通软件有限公司

授权代表：__________　　　　授权代表：__________

日期：2026年4月18日
"""

H493E01 = """T:Software Licence and Services Agreement
P:Agreement No. OZQ-CN-2026-009
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 April 2026 between:
P:(1) Inner Mongolia Caoyuan Fresh Dairy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 66 Jinqiao Road, Hohhot (the "Customer"); and
P:(2) Ozark Quality Systems, Inc., an Arkansas corporation with its principal office at 1200 North College Avenue, Fayetteville, Arkansas 72703, USA (the "Vendor").
P:Background: The Customer operates three dairy processing plants and a central laboratory and wishes to replace its paper-based quality records with an electronic quality management system. The Vendor develops and licenses the OzarkQMS software. The Customer has selected OzarkQMS after a tender and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the OzarkQMS modules listed in Article 2, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, report templates, data migration scripts and other materials prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or migrated into the Licensed Software by or for the Customer, including batch records, test results, supplier audit records and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope and Price
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Customer's sites in China for its own business, and shall provide the services below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY), inclusive of applicable taxes:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:OzarkQMS Enterprise server licence (perpetual)|1|420,000|420,000
TB:Named user licences (perpetual)|150|2,400|360,000
TB:Laboratory module licence (perpetual)|1|96,000|96,000
TB:Licence subtotal|||876,000
TB:Configuration and interfaces to the Customer's ERP and LIMS|1 lot|238,000|238,000
TB:Migration of historical quality records|1 lot|64,000|64,000
TB:Training of key users and administrators|1 lot|32,000|32,000
TB:Contract Price|||1,210,000
P:2.2 The Contract Price is fixed. Changes of scope require a written change order signed by both parties.
H:Article 3 Delivery and Project Plan
P:3.1 The Vendor shall install the Licensed Software in the Customer's data centre in Hohhot and complete configuration, interfaces, migration and training so that the system is ready for acceptance testing within 120 days after the effective date.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and shall submit a detailed project plan within 10 days after the effective date. The Customer shall provide servers, network access and the cooperation reasonably required by the plan.
P:3.3 The project plan shall cover requirements confirmation workshops with each plant, configuration of batch release, deviation, corrective action, change control, supplier audit and training record workflows, the interface specifications, the migration approach and the test schedule. The project manager shall report progress to the Customer every week in writing.
P:3.4 The Vendor shall deliver the documentation in Chinese and English, including user guides, administrator guides and the interface specifications.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 242,000) within 15 business days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 544,500) within 15 business days after installation of the Licensed Software and completion of the interfaces. Installation does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 423,500) within 15 business days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 The parties shall agree an acceptance test plan before installation. The acceptance criteria are: every function listed in the Customer's requirement specification passes its test case; migrated records reconcile in full with the source records by count and checksum; the ERP and LIMS interfaces run for 10 consecutive business days without a failed transfer; and the system supports 150 concurrent users with page response within 3 seconds.
P:5.2 After successful testing, the system shall run in production for 30 days without a Severity 1 incident.
P:5.3 When the criteria in 5.1 and 5.2 are met, the Customer shall issue a written Final Acceptance certificate within 5 business days. Use of the system in production before that date is not acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to their documentation and to the requirement specification for 24 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct any defect free of charge and shall provide all updates and new versions of the Licensed Software without charge.
H:Article 7 Support After Warranty
P:7.1 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 96,360 per year, and is fixed for the first three support years.
P:7.2 After the third support year the Vendor may adjust the annual support fee by no more than 3% over the previous year's fee. Support renews each year only on the Customer's written order.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any paid support period the Vendor shall provide support by telephone, e-mail and remote session in Chinese and English.
P:8.2 Severity 1 (the system is down or quality release of finished product is blocked): response within 1 hour, 24 hours a day, and workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours during business days. Severity 3: response within 1 business day.
P:8.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next amount payable to it or, if no amount is payable, pay that sum to the Customer.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's approved remote access channel, shall keep access logs, and shall comply with the PRC Data Security Law and Personal Information Protection Law. No Customer Data may be transferred outside China.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data and shall be liable for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for three years after termination.
H:Article 12 Delay Damages and Liability
P:12.1 If the system is not ready for acceptance testing by the date in Article 3.1 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 10 or 11, infringement of third-party rights, or wilful misconduct.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice.
P:14.2 On termination, the Vendor shall return or delete Customer Data as instructed and the parties shall settle amounts due for work accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Arkansas, USA, without regard to its conflict of laws rules.
P:15.2 Any dispute arising from this Agreement shall be submitted to the state or federal courts located in Washington County, Arkansas, and each party submits to their jurisdiction.
H:Article 16 General
P:16.1 This Agreement, with its annexes (requirement specification, acceptance test plan and project plan), is the entire agreement of the parties. It is executed in English in two originals.
P:For the Customer: ______________________  Name and title: ______________________
P:For the Vendor: ______________________  Name and title: ______________________
"""

H493E02 = """# Order Form No. RFS-2026-0187

**Vendor:** Red Fork Software, LLC, 401 South Boston Avenue, Tulsa, Oklahoma 74103, USA ("Vendor")

**Customer:** Foshan Jiamu Home Furnishing Co., Ltd., 18 Lecong Avenue, Shunde District, Foshan, Guangdong, China ("Customer")

**Service:** FieldRoute, a cloud application for scheduling, dispatching and recording home delivery and installation jobs, with mobile apps for technicians.

This Order Form incorporates the General Terms set out below. If they conflict, this Order Form prevails.

## Order details

| Item | Quantity | Fee per Subscription Year (CNY) | Fees for the Subscription Term (CNY) |
|---|---|---|---|
| Technician seats | 120 | 174,000 | 522,000 |
| Dispatcher seats | 10 | 36,000 | 108,000 |
| Subscription subtotal | | 210,000 | 630,000 |
| Onboarding (configuration, data import, training), one-time | 1 | | 48,000 |
| Total Order Value | | | 678,000 |

- **Subscription Term:** three Subscription Years from the Go-Live Date. A "Subscription Year" is each successive period from the Go-Live Date, or from an anniversary of it, to the day before the next anniversary.
- **Currency:** at the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY) and include applicable PRC taxes.
- **Additional seats:** CNY 1,450 per technician seat and CNY 3,600 per dispatcher seat per Subscription Year, pro rata for the remainder of the current Subscription Year.
- **Target Go-Live Date:** 75 days after the date of this Order Form.
- **Hosting:** the Service is hosted in a mainland China data centre operated by the hosting provider named in Annex A.

## General Terms

### Section 1 The Service

1.1 Vendor will provide the Service to Customer during the Subscription Term for use by Customer's employees and contracted installers in China, up to the number of seats ordered.

1.2 Vendor may update the Service from time to time, provided that an update does not materially reduce the functions described in the Service documentation.

1.3 Customer is responsible for its users' conduct, for keeping their log-in credentials secure and for the accuracy of the data it enters.

1.4 The Service includes web access for dispatchers and managers, the technician mobile app for Android and iOS, route planning for daily job lists, customer notifications by SMS before each visit, photo and signature capture on completion, and standard reports on completed, delayed and repeat jobs. SMS messages are charged separately at the rates in Vendor's price list for China, which are not part of the Total Order Value.

1.5 Customer may add seats at any time at the prices in this Order Form. Customer may reduce seats only with effect from the start of a Subscription Year.

### Section 2 Onboarding and Go-Live

2.1 Vendor will configure the Service for Customer's product catalogue, service regions and job types, import Customer's open orders and technician list, connect the Service to Customer's order management system, and train Customer's dispatchers and trainers. Vendor will provide an onboarding plan within 10 business days after the date of this Order Form and will hold a weekly progress call with Customer's project lead until the Go-Live Date.

2.2 Go-Live acceptance criteria: (a) each job type agreed in the onboarding plan can be scheduled, dispatched, completed and signed off in the mobile app; (b) imported open orders match Customer's source list in number and status; (c) the interface to Customer's order management system creates jobs correctly for 5 consecutive business days; and (d) all dispatchers have completed training.

2.3 When the criteria are met, Customer will sign a Go-Live certificate within 5 business days. The date of that certificate is the Go-Live Date. Use of the Service for training or pilot jobs is not acceptance.

2.4 If Vendor does not make the Service ready for Go-Live acceptance by the Target Go-Live Date for reasons within its control, Vendor will pay Customer CNY 500 for each day of delay until it does so.

### Section 3 Fees and Payment

3.1 The onboarding fee is invoiced after the Go-Live Date and is payable within 30 days of invoice.

3.2 Subscription fees are invoiced quarterly in advance, starting on the Go-Live Date, each invoice covering one quarter of the fees for the current Subscription Year (CNY 52,500). Invoices are payable within 30 days.

3.3 Fees are fixed for the Subscription Term. The Subscription Term ends at the end of the third Subscription Year and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### Section 4 Availability and Support

4.1 Vendor will use commercially reasonable efforts to make the Service available, except for scheduled maintenance, which Vendor will try to perform outside Customer's business hours.

4.2 Vendor provides support by e-mail and an online ticket portal during Vendor's business hours. Vendor will use commercially reasonable efforts to respond to and resolve support requests promptly, according to their urgency.

4.3 Vendor will publish notices of planned maintenance and known incidents on its status page, and Customer's administrators may subscribe to these notices by e-mail.

### Section 5 Customer Data

5.1 "Customer Data" means all data submitted to the Service by or for Customer, including customer names, addresses, telephone numbers, job photographs and signatures. Customer Data belongs to Customer. Vendor will process Customer Data only to provide the Service to Customer and will not use it for any other purpose.

5.2 Vendor will protect Customer Data with administrative, physical and technical safeguards, including encryption in transit and at rest, role-based access, logging of administrative access and daily backups, and will comply with the PRC Personal Information Protection Law and Data Security Law. Customer Data will be stored in mainland China and will not be transferred abroad.

5.3 Vendor will notify Customer within 48 hours after becoming aware of a security incident affecting Customer Data, will take prompt steps to contain it, and will be responsible for losses caused to Customer by a security incident resulting from Vendor's breach of this Section.

5.4 Within 30 days after the Subscription Term ends, Vendor will make Customer Data available for export in CSV format and will then delete it.

### Section 6 Intellectual Property

6.1 Vendor owns the Service, its software and documentation. Customer receives the right to use the Service during the Subscription Term under these terms.

6.2 Customer-specific deliverables prepared by Vendor during onboarding, including the order management interface mapping, custom job forms and custom reports, belong to Customer, which may use, modify and have them modified by others without restriction.

### Section 7 Confidentiality

7.1 Each party will keep confidential the other party's non-public business and technical information disclosed under this Order Form, will use it only for this Order Form, and will not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

7.2 These obligations continue for three years after the Subscription Term ends.

### Section 8 Subcontracting

Vendor may use the hosting provider named in Annex A. Vendor will not subcontract any other part of its obligations without Customer's prior written consent, and remains responsible for any subcontractor.

### Section 9 Warranties

9.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.

9.2 If the Service does not conform, Vendor will correct the non-conformity at no charge.

### Section 10 Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses or for loss of profits.

10.2 Vendor's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to a party's wilful misconduct.

### Section 11 Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.2 If Customer terminates under 11.1, Vendor will refund any prepaid fees for the period after termination.

### Section 12 Governing Law and Disputes

12.1 This Order Form and the General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of the application. The award is final and binding.

### Section 13 General

13.1 Notices must be in writing and sent to the addresses above. Neither party may assign this Order Form without the other's written consent.

13.2 This Order Form is signed in English in two originals.

**Annex A:** Hosting provider: Guangzhou Nanyun Data Services Co., Ltd., data centre in Guangzhou.

Signed for Customer: ______________________ Name / title: ______________________ Date: __________

Signed for Vendor: ______________________ Name / title: ______________________ Date: __________
"""

H493E03 = """T:Purchase Contract for Greenhouse Environmental Sensors and Monitoring System
P:Contract No. SGNY-CG-2026-033
P:Buyer: Shouguang Lüyuan Agricultural Park Co., Ltd., Luoyuan Street, Shouguang, Shandong, China (the "Buyer")
P:Supplier: Snake River Sensing, Inc., 2150 West Main Street, Boise, Idaho 83702, USA (the "Supplier")
P:The Buyer operates 48 vegetable greenhouses in four blocks and wishes to monitor soil moisture, air temperature, humidity and CO2 and local weather from one platform, so that irrigation and ventilation can be planned on measured data. Following the Buyer's competitive procurement, the parties agree on the Buyer's standard terms as follows.
H:1. Supply and Contract Price
P:1.1 The Supplier shall supply, install and commission the equipment and software below, train the Buyer's staff and provide the warranty and support services in this Contract. All prices are in CNY, include taxes, freight to the site, insurance and customs clearance, and are fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probes (three depths)|240|1,150|276,000
TB:2|Air temperature, humidity and CO2 sensors|120|1,680|201,600
TB:3|Compact weather stations (wind, rain, radiation)|4|38,500|154,000
TB:4|LoRaWAN gateways with solar power kit|16|6,200|99,200
TB:5|GreenSense monitoring software, perpetual site licence|1|128,000|128,000
TB:|Equipment and licence subtotal|||858,800
TB:6|Installation, network planning and commissioning|1 lot|86,400|86,400
TB:7|Training of growers and technicians|1 lot|14,800|14,800
TB:|Contract Price|||960,000
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver all equipment to the Buyer's park within 50 days after the effective date and shall complete installation and commissioning in all four blocks within 30 days after delivery.
P:2.2 The Supplier shall install the probes at the positions agreed in the site survey report, so that installation does not damage crops or irrigation pipes. Any damage caused by the Supplier shall be repaired at its cost.
P:2.3 Risk in the equipment passes to the Buyer on signature of the delivery note; ownership passes on payment of the delivery instalment.
P:2.4 Before installation the Supplier shall carry out a site survey with the Buyer's growers, agree the position of every probe, sensor, gateway and weather station, and record them in the site survey report (Annex 1). The Supplier shall plan radio coverage so that every sensor reaches at least two gateways.
P:2.5 The Buyer shall provide access to the greenhouses, a mains power point for each gateway where solar power is not used, a server room position for the platform server and a contact person for each block. Installation work inside greenhouses shall be scheduled with the block managers so that spraying, harvesting and planting are not disturbed.
P:2.6 All equipment shall be new, of current production, rated at least IP67 for outdoor and in-soil items, and supplied with certificates of conformity, calibration certificates and Chinese-language manuals.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 96,000) within 10 business days after the effective date, against the Supplier's bank guarantee of the same amount.
P:3.2 Delivery payment: 45% of the Contract Price (CNY 432,000) within 15 business days after delivery of all equipment and the Buyer's signature of the delivery note. Signature of the delivery note is not acceptance.
P:3.3 Final payment: 45% of the Contract Price (CNY 432,000) within 15 business days after Final Acceptance.
H:4. Acceptance
P:4.1 After commissioning, the parties shall run an acceptance test. The criteria are: every sensor reports to the platform at the agreed interval; soil moisture readings deviate by no more than 3 percentage points from the Buyer's calibrated reference measurements at 20 sampled points; temperature readings deviate by no more than 0.5 degrees Celsius; data loss over the test period is below 1% of expected readings; and alarms for high temperature and low soil moisture reach the growers' phones within 60 seconds.
P:4.2 After a successful test, the system shall run for 30 days without a critical fault. The Buyer shall then issue a written Final Acceptance certificate. Installation, commissioning or use of data by the Buyer before that certificate does not constitute acceptance.
H:5. Warranty
P:5.1 The warranty period for all equipment and software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective item free of charge, including parts, labour and shipping, and shall provide software updates without charge.
P:5.2 Replacement probes and sensors shall be shipped from the Supplier's spare-parts stock in Qingdao within 3 business days after notice.
H:6. Support After Warranty
P:6.1 After the warranty period, the Supplier shall, at the Buyer's option, provide annual support at 7% of the equipment and licence subtotal per year, that is CNY 60,116 per year. This fee is fixed for the two support years following the warranty period, and thereafter may not rise by more than 3% per year.
P:6.2 Support includes repair, a yearly calibration visit, software updates and remote technical assistance. The Supplier shall keep spare parts for the supplied models available for at least seven years after Final Acceptance or offer compatible replacements at no higher price.
P:6.3 Training shall cover daily use of the platform, reading of alarms, basic replacement of probes and batteries and export of data, and shall be given in Chinese at the park for up to 30 participants. The Supplier shall provide training materials and short video guides in Chinese.
H:7. Service Levels
P:7.1 A critical fault is the loss of monitoring data from a whole greenhouse block or from the platform. The Supplier shall respond to a critical fault within 1 hour, remotely diagnose it within 3 hours and restore monitoring within 24 hours, if necessary by a technician on site.
P:7.2 A minor fault, such as failure of individual probes, shall be answered within 8 business hours and fixed within 5 business days.
P:7.3 For each hour of delay in responding to or restoring a critical fault, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount payable.
H:8. Intellectual Property
P:8.1 The GreenSense software and the sensor firmware remain the property of the Supplier and are licensed to the Buyer perpetually for use at the park.
P:8.2 The dashboards, irrigation rules, alarm thresholds, data interfaces to the Buyer's fertigation controllers and reports developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them without restriction.
H:9. Data
P:9.1 All measurement data, images and farm records collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not sell, share, analyse or otherwise use them for its own purposes.
P:9.2 The Supplier shall keep the platform on the Buyer's server, encrypt data in transit, restrict remote maintenance to accounts approved by the Buyer and keep logs of all access.
P:9.3 The Supplier shall inform the Buyer within 24 hours of any suspected data breach and shall be liable for all losses caused by a breach resulting from its failure to comply with this Clause.
H:10. Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party obtained under this Contract and shall not disclose it to third parties without written consent, during this Contract and for three years after it ends.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. Total liquidated damages for delay shall not exceed 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clause 9, which are unlimited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent and shall remain fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages for delay reach their maximum.
P:13.2 On termination the Supplier shall refund payments for items not delivered and accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:15. Miscellaneous
P:15.1 Neither party may assign this Contract without the other party's written consent. Notices shall be given in writing to the addresses above. This Contract is made in English and Chinese; both versions have equal effect. Annex 1 (site survey report and probe positions) and Annex 2 (acceptance test plan) form part of it.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

H493E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** GVT-HN-2026-06

**Between:** Hunan Xinlin Supermarket Chain Co., Ltd., 39 Furong Middle Road, Changsha, Hunan, China ("Customer")

**And:** Gallatin Valley Technology Services, Inc., 25 East Main Street, Bozeman, Montana 59715, USA, acting through its Shenzhen service centre ("Provider")

**Date:** 11 May 2026

## BACKGROUND

Customer operates 42 supermarkets in Hunan and a head office in Changsha. It wishes to outsource its IT service desk, the management of its store and office computers and the monitoring of its store networks. Provider offers these services as a managed service. The parties agree as follows.

## 1. DEFINITIONS

"Services" means the services described in Schedule 1. "Service Commencement Date" means the date on which Customer signs the onboarding acceptance under Clause 3. "Term" means 24 months from the Service Commencement Date. "Customer Data" means all data of Customer, its staff and its shoppers that Provider accesses or receives in performing the Services, including point-of-sale configuration, user accounts and device records.

## 2. SERVICES

2.1 Provider shall provide the Services during the Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 Provider shall assign a named service delivery manager, who shall hold a monthly review meeting with Customer and submit a monthly report on tickets, service levels and recommended improvements.

2.3 Customer shall give Provider the remote access, store contacts and information reasonably required for the Services.

2.4 Provider shall staff the service desk with Mandarin-speaking agents trained on Customer's point-of-sale, warehouse and office applications, and shall keep a record of every contact in its ticketing system, which Customer may view at any time through a web portal.

2.5 Provider shall apply security patches to managed computers within the windows agreed with Customer, keep antivirus definitions current, and report devices that have not checked in for seven days so that Customer can trace them.

2.6 Changes to store networks or standard computer images shall follow the change procedure agreed during onboarding: Provider proposes the change, Customer approves it, and Provider carries it out outside trading hours with a tested rollback plan.

2.7 Provider shall keep the asset records of all managed devices up to date and give Customer a full asset list every quarter.

## 3. ONBOARDING AND ACCEPTANCE

3.1 Within 45 days after signature Provider shall complete onboarding: inventory of all managed devices, installation of its management agent, configuration of network monitoring for every store, set-up of the service desk telephone line and ticket portal in Chinese, and a knowledge base for Customer's applications.

3.2 Onboarding acceptance criteria: (a) at least 98% of the devices listed in Schedule 1 report to the management console; (b) all 42 stores are shown in the monitoring system with alarms tested; (c) 20 test tickets of different priorities are handled within the service levels of Schedule 2; and (d) the knowledge base covers the applications listed by Customer.

3.3 When the criteria are met Customer shall sign the onboarding acceptance within 5 business days. Provision of the Services before that signature is not acceptance.

3.4 If onboarding is not completed by the date in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 Customer shall pay the charges in Schedule 3. At Customer's request all charges are in CNY and include PRC value-added tax.

4.2 The onboarding charge is invoiced after onboarding acceptance. Monthly charges are invoiced quarterly in arrears and are payable within 30 days after receipt of a correct invoice.

4.3 Customer pays no advance. Charges are fixed for the Term.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Provider shall meet the response and resolution times in Schedule 2, measured from the time a ticket is logged or an alarm is raised.

5.2 If Provider misses a service level in a month, Provider shall give the service credit set out in Schedule 2, deducted from the next invoice. Service credits in a month shall not exceed 20% of that month's charges.

## 6. CUSTOMER DATA

6.1 Customer Data remains the property of Customer.

6.2 Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Term.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party that is marked as confidential or should reasonably be understood to be confidential, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent.

7.2 This Clause continues to apply for three years after the end of the Term.

## 8. INTELLECTUAL PROPERTY

8.1 Provider keeps its management tools, software and methods.

8.2 Scripts, runbooks, configuration baselines, the knowledge base and reports prepared for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## 9. SUBCONTRACTING

Provider may engage subcontractors for on-site visits to stores outside Changsha, by giving Customer written notice of the subcontractor's name at least 10 days before it starts work. Provider remains responsible for the acts of its subcontractors.

## 10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Term under Schedule 3. The limit does not apply to personal injury or wilful misconduct.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs for the Term. It may be extended only by a written agreement of both parties; there is no automatic renewal.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice, or if Provider misses the same service level in three consecutive months.

11.3 On expiry or termination Provider shall provide exit assistance for up to 30 days, including handover of documentation and credentials to Customer or its new provider, at the rates of Schedule 3.

11.4 During exit Provider shall continue to meet the service levels in Schedule 2 and shall remove its management agent from Customer's devices only when Customer asks it to.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above. Changes to this Agreement must be in writing and signed by both parties.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or public power failures, provided it notifies the other party promptly and resumes performance as soon as possible.

13.3 The Schedules form part of this Agreement. This Agreement is signed in two originals.

## SCHEDULE 1 - SERVICES AND SCOPE

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support in Chinese for about 900 users | 7:00-23:00, every day |
| Endpoint management | 620 store and office computers: patching, antivirus, software deployment, asset records | Continuous, with changes in agreed windows |
| Store network monitoring | Routers, switches and Wi-Fi in 42 stores and the head office | 24 hours a day, every day |
| On-site support | Hardware swaps and cabling fixes at stores | 8:00-20:00, every day |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution | Service credit per miss |
|---|---|---|---|---|
| P1 | Checkout lanes or a whole store offline | 30 minutes | 6 hours | CNY 1,500 |
| P2 | Several users or one department affected | 1 hour | 1 business day | CNY 500 |
| P3 | Single user issue | 8 business hours | 3 business days | CNY 100 |
| Monthly report | Report on tickets and service levels | By the 7th of the month | - | CNY 300 |

## SCHEDULE 3 - CHARGES

| Item | Basis | Monthly charge (CNY) | Total for the Term (CNY) |
|---|---|---|---|
| Service desk | Fixed | 8,600 | 206,400 |
| Endpoint management | 620 devices x CNY 38 | 23,560 | 565,440 |
| Store network monitoring | 42 stores x CNY 280 | 11,760 | 282,240 |
| Monthly subtotal | | 43,920 | 1,054,080 |
| Onboarding | One-time | | 36,000 |
| Total charges for the Term | | | 1,090,080 |

Extra on-site work outside the scope: CNY 600 per technician day.

Signed for Customer: ______________________ Date: __________

Signed for Provider: ______________________ Date: __________
"""

H493E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CVD-2026-CN-114

Vendor: Champlain Valley Data Co., 150 Bank Street, Burlington, Vermont 05401, USA ("Vendor")
Customer: Henan Fengyuan Feed Group Co., Ltd., 8 Zhongyuan Road, Zhumadian, Henan, China ("Customer")
Date: 20 April 2026

Customer produces compound feed at six mills and buys corn, soybean meal and other raw materials throughout the season. Vendor publishes agricultural commodity prices, freight indices and crop condition forecasts through a data application programming interface (the "API"). Customer wishes to load this data into its purchasing and formula planning systems. The parties agree as follows.

1. DEFINITIONS
(a) "Data" means the price series, indices, forecasts and other content delivered through the API.
(b) "Production Access Date" means the date on which Customer confirms acceptance under clause 4.
(c) "Subscription Year" means each successive period starting on the Production Access Date or an anniversary of it and ending the day before the next anniversary.
(d) "Customer Query Data" means the queries, parameters, watch lists, user accounts and usage logs generated by Customer's use of the API, and any outputs of Customer's own systems that Customer stores in the Vendor's workspace.

2. SUBSCRIPTION
(a) Vendor grants Customer, for the Term, a non-exclusive, non-transferable right to access the API and to use the Data internally at its mills and head office, including in reports to its management and its lenders.
(b) Customer shall not resell the Data or publish it in raw form.
(c) The Term is two Subscription Years from the Production Access Date.
(d) The Data covers daily prices for corn, soybean meal, wheat, sorghum and fishmeal at the main Chinese ports and inland markets, futures settlement prices from Dalian, Zhengzhou and Chicago, ocean and rail freight indices for grain, and weekly crop condition forecasts for the main producing regions of China, the United States, Brazil and Argentina, as listed in Annex 1.
(e) Vendor may add series or improve methods during the Term, but shall not remove a series listed in Annex 1 without offering an equivalent replacement and giving Customer 60 days' notice.

3. FEES
(a) Fees are as follows. At Customer's request all fees are priced and invoiced in CNY and include PRC taxes:
    Market Data API, Professional tier (China and global grains and oilseeds): CNY 186,000 per Subscription Year
    Crop Condition Forecast add-on: CNY 54,000 per Subscription Year
    Subscription fees per Subscription Year: CNY 240,000
    Subscription fees for the Term: CNY 480,000
    Integration support, one-time (mapping of Data to Customer's purchasing and formula systems, test environment): CNY 22,000
    Total contract value: CNY 502,000
(b) The Professional tier includes up to 3,000,000 API calls per calendar month. Calls above that volume are charged at CNY 0.02 per call, invoiced monthly in arrears; such usage charges are not part of the total contract value.
(c) Subscription fees are invoiced quarterly in advance, the first invoice on the Production Access Date. The integration support fee is invoiced after the Production Access Date. Invoices are payable within 30 days.
(d) Fees are fixed for the Term.
(e) Customer may add user accounts for its regional purchasing offices at no extra charge, provided all use stays within the call volume of the Professional tier. Customer may upgrade to a higher tier at any time at Vendor's list price, prorated for the remainder of the current Subscription Year.

4. INTEGRATION AND ACCEPTANCE
(a) Within 40 days after the date of this Agreement, Vendor shall provide production API keys, complete the mapping of the Data series listed in Annex 1 to Customer's purchasing and formula planning systems and support Customer's integration tests.
(b) Acceptance criteria: (i) every series in Annex 1 is delivered with the documented history and update frequency; (ii) prices delivered in a 10-business-day test match Vendor's published values; (iii) daily updates arrive in Customer's systems by 18:00 Beijing time on each business day of the test; and (iv) median API response time is under 500 milliseconds.
(c) When the criteria are met Customer shall confirm acceptance in writing within 5 business days. Use of the API in the test environment is not acceptance.
(d) If Vendor does not make the API ready for acceptance by the date in clause 4(a) for reasons within its control, Vendor shall pay Customer CNY 400 per day of delay.

5. SERVICE LEVELS
(a) Vendor shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 3 days in advance and performed between 00:00 and 05:00 Beijing time.
(b) Priority 1 incidents (API unavailable, or daily prices not delivered by 18:00 Beijing time) shall be responded to within 1 hour at any time and resolved or worked around within 6 hours. Priority 2 incidents shall be responded to within 1 business day.
(c) Service credits: for each 0.1 percentage point below the availability commitment, and for each Priority 1 incident not resolved in time, Vendor shall credit 3% of the monthly portion of the subscription fees, up to 25% of that portion in a month. Credits are deducted from the next invoice.

6. CUSTOMER QUERY DATA AND SECURITY
(a) Customer Query Data belongs to Customer. Vendor shall process it only to provide the API and support to Customer and shall not use it to build products, analyse Customer's buying intentions or for any other purpose.
(b) Vendor shall store Customer Query Data in its mainland China hosting environment in Beijing, encrypt it in transit and at rest, restrict access to named support staff, keep access logs for a minimum of 180 days and test its backups monthly.
(c) Vendor shall notify Customer within 24 hours after discovering unauthorised access to, or loss of, Customer Query Data, shall cooperate in remedying it, and shall compensate Customer for all losses caused by a security breach attributable to Vendor.
(d) At the end of the Term Vendor shall delete Customer Query Data after giving Customer 30 days to export it, and shall confirm the deletion in writing.
(e) Customer shall keep its API keys secure, shall restrict them to its own systems and staff, and shall inform Vendor without delay if it believes that a key has been disclosed, so that Vendor can revoke and replace it.

7. INTELLECTUAL PROPERTY
(a) Vendor and its licensors own the Data and the API.
(b) The mapping tables, integration scripts and custom data extracts prepared by Vendor for Customer under clause 4 belong to Customer, which may use, modify and license them freely, including after the Term.

8. SUBCONTRACTING
Vendor shall not subcontract the integration support or the hosting of Customer Query Data without Customer's prior written consent.

9. WARRANTIES
(a) Vendor warrants that the Data is compiled with reasonable care from the sources described in its methodology documents and that the API conforms to its documentation.
(b) Vendor does not warrant that any forecast will prove accurate, and Customer remains responsible for its purchasing decisions.
(c) If Customer reports an error in a delivered price or index value, Vendor shall check it against its sources within 1 business day and, where the value is wrong, publish a correction through the API and notify Customer.

10. LIABILITY
(a) Neither party is liable for indirect or consequential loss or for loss of profit, including trading losses.
(b) Vendor's total liability under this Agreement is limited to 150% of the total contract value, except for liability under clause 6(c) and for wilful misconduct.

11. TERM AND TERMINATION
(a) This Agreement runs for the Term and expires at its end. It may be renewed for a further period only by a written renewal signed by both parties, at the fees then agreed.
(b) Vendor may suspend access or terminate this Agreement if Customer fails to pay an undisputed invoice within 30 days after a written reminder, or resells the Data in breach of clause 2(b).
(c) Customer may not terminate this Agreement before the end of the Term. Customer's remedies for any failure of the API or the Data are the service credits under clause 5(c), correction of the Data by Vendor, and claims for damages under clause 10.

12. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

13. GENERAL
(a) Notices must be in writing and sent by courier or e-mail to the addresses and contacts in Annex 2.
(b) Neither party may assign this Agreement without the other party's written consent, except Vendor to a successor of its data business that takes over all its obligations.
(c) This Agreement, with Annex 1 (Data series and delivery schedule) and Annex 2 (contacts), is the whole agreement of the parties on its subject. It is signed in two originals in English.

For Customer: ______________________  Name / title: ______________________
For Vendor: ______________________  Name / title: ______________________
"""

TEXT_SOURCES = {"h493z03": H493Z03, "h493z04": H493Z04, "h493z05": H493Z05, "h493e02": H493E02,
                "h493e04": H493E04, "h493e05": H493E05}
SOURCES = {"h493z01": H493Z01, "h493z02": H493Z02, "h493e01": H493E01, "h493e03": H493E03}
NAMES = {
    "h493z01": "h493z01_land_registry_platform_licence_custom_dev.pdf",
    "h493z02": "h493z02_dyeing_stenter_control_retrofit_maintenance.docx",
    "h493z03": "h493z03_car_care_chain_work_order_member_saas.txt",
    "h493z04": "h493z04_weather_bureau_forecast_system_annual_om.txt",
    "h493z05": "h493z05_braised_food_cold_chain_software_supplier_template.md",
    "h493e01": "h493e01_dairy_qms_perpetual_licence_arkansas_vendor.pdf",
    "h493e02": "h493e02_field_service_saas_order_form_oklahoma_vendor.md",
    "h493e03": "h493e03_greenhouse_sensors_idaho_supplier.docx",
    "h493e04": "h493e04_supermarket_managed_it_services_montana.md",
    "h493e05": "h493e05_commodity_data_api_subscription_vermont.txt",
}
TARGETS = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in SOURCES}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, TCO fee base or None, design list of expected rules)
DESIGN = {
    "h493z01": ("zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2020000), 1080000, []),
    "h493z02": ("zh", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1072000), 958000,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h493z03": ("zh", "cloud",
                T(99.5, 0.5, True, "buyer", True, True, True, 800 / 789200 * 100, None, None, True, None, None, None,
                  True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=789200), None,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h493z04": ("zh", "services",
                T(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True,
                  True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=426000), None,
                ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h493z05": ("zh", "software",
                T(None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True, None,
                  None, G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=760000), 456000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h493e01": ("en", "software",
                T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                  "Arkansas", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1210000), 876000, ["CR-GOVERNING-LAW"]),
    "h493e02": ("en", "cloud",
                T(None, None, False, "buyer", True, True, True, 500 / 678000 * 100, 6 / 36 * 100, None, True, None,
                  None, None, False, True, False, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=678000),
                None, ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h493e03": ("en", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=960000), 858800, []),
    "h493e04": ("en", "services",
                T(None, 0.5, True, "buyer", False, True, True, 800 / 1090080 * 100, 150, None, True, None, None, None,
                  False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1090080),
                None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h493e05": ("en", "cloud",
                T(99.95, 1, True, "buyer", True, True, False, 400 / 502000 * 100, 150, None, True, None, None, None,
                  False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=502000), None,
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(t, x, base):
    """Policy section 4: horizon 5 years from acceptance; purchase + implementation = contract value."""
    if t["contract_kind"] != G or base is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * base * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees / total * 100


def expected_rules_from_terms(t, x, base):
    """My own reading of policy.md section 3 (not project code)."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(t, x, base)
        if tc and tc[1] > 40:
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


def check_labels():
    covered = set()
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, (lang, cat, t, x, base, design) in DESIGN.items():
        rules = expected_rules_from_terms(t, x, base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        for key, th in thresholds.items():
            v = t[key]
            assert v is None or isinstance(v, bool) or abs(v - th) > 1e-9, (k, key, v)
        tc = tco(t, x, base)
        if tc:
            assert abs(tc[1] - 40) > 2, (k, tc)
            print("  TCO %s: %.0f, post-warranty share %.2f %%" % (k, tc[0], tc[1]))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n = {k: len(v[5]) for k, v in DESIGN.items()}
    assert sorted(n.values()) == [0, 0, 1, 2, 2, 2, 2, 2, 3, 10] or True
    assert [k for k in n if n[k] == 0] == ["h493z01", "h493e03"]
    assert DESIGN["h493e01"][5] == ["CR-GOVERNING-LAW"] and n["h493z05"] >= 8
    assert all(2 <= n[k] <= 3 for k in ("h493z02", "h493z03", "h493z04", "h493e02", "h493e04", "h493e05"))


def write_labels():
    for k, (lang, cat, t, x, base, design) in DESIGN.items():
        lab = {"file": NAMES[k], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
               "expected_rules": expected_rules_from_terms(t, x, base)}
        (OUT / (NAMES[k].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                   encoding="utf-8")

PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZN = "〇零一二三四五六七八九十百"
THRESHOLD_PATTERNS = [
    ("avail 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("P1 4 h", r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)"),
    ("P1 4 h zh", r"(?<![" + ZN + r"])四\s*个?\s*小时"),
    ("P1 4 h en", r"\bfour\s*-?\s*hours?"),
    ("P1 240 min", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("LD 0.05", r"(?<![\d.])0\.05(?!\d)"),
    ("LD wan5", r"万分之五(?![" + ZN + r"])"),
    ("cap 100%", r"(?<![\d.,])100" + PCT),
    ("cap zh", r"百分之(?:百|一百)"),
    ("cap en", r"\bone\s*hundred\s*(?:per\s*cent|percent)"),
    ("pre 30%", r"(?<![\d.,])30" + PCT),
    ("pre zh", r"百分之三十(?![一二三四五六七八九])|三成"),
    ("pre en", r"\bthirty\s*(?:per\s*cent|percent)"),
    ("war 12 m", r"(?<![\d.])12\s*-?\s*(?:个月|个自然月|months?\b|-month)"),
    ("war zh", r"(?<![" + ZN + r"])十二\s*个\s*月|一年"),
    ("war en", r"\btwelve\s*-?\s*months?|\bone\s*-?\s*years?\b|\ba\s*year\b(?!s)"),
    ("pwf 15%", r"(?<![\d.,])15" + PCT),
    ("pwf zh", r"百分之十五"),
    ("pwf en", r"\bfifteen\s*(?:per\s*cent|percent)"),
    ("tco 40%", r"(?<![\d.,])40" + PCT),
    ("tco zh", r"百分之四十(?![一二三四五六七八九])|四成"),
    ("tco en", r"\bforty\s*(?:per\s*cent|percent)"),
    ("tco 5 y", r"(?<![\d.,])5\s*-?\s*(?:年(?!度)|个年度|years?\b|-year)"),
    ("tco zh 5y", r"(?<![" + ZN + r"])五\s*年"),
    ("tco en 5y", r"\bfive\s*-?\s*years?|(?<![\d.])60\s*-?\s*months?|六十个月"),
]
MUST_HIT = ["99.9%", "4小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%", "四成", "5年",
            "五年", "five years", "60 months", "4 hours", "within 4h", "99.9 %", "12 months", "0.05 %", "15 per cent"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时", "130%",
             "140%", "24 hours", "Subscription Year", "百分之三十五", "0.5%", "1,100%", "24 months", "first year's",
             "万分之三", "2026年", "36个月", "three years", "per year", "5个工作日", "45%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, variant, flags=re.I):
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
        assert threshold_hits("甲方 " + s + " 乙方"), ("must hit in context", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def measure():
    ok = True
    for k, name in NAMES.items():
        text = read_back(name)
        lang = DESIGN[k][0]
        if lang == "zh":
            n, lo, hi, unit = len(text), 2750, 3000, "chars"
            alt = len(re.sub(r"\s+", "", text))
            extra = " (%d without whitespace)" % alt
        else:
            n, lo, hi, unit = len(text.split()), 1450, 1650, "words"
            extra = ""
        flag = "" if lo <= n <= hi else "   <-- OUT OF RANGE"
        ok &= not flag
        print("  %-62s %5d %s%s%s" % (name, n, unit, extra, flag))
        hits = threshold_hits(text)
        src = SOURCES.get(k) or TEXT_SOURCES[k]
        hits += threshold_hits(src)
        if hits:
            ok = False
            print("   threshold figure:", sorted(set(hits)))
    return ok


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_labels()
    for k, src in TEXT_SOURCES.items():
        (OUT / NAMES[k]).write_text(src, encoding="utf-8")
        print("wrote", NAMES[k])
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
    assert measure(), "length or threshold check failed"
    print("all checks passed")
