"""holdout693: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx / .pdf go through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:东岚湖藻类监测站蓝藻水华预警平台采购合同
P:合同编号：DLH-ZC-2026-0817　　采购方式：公开招标（政府采购）
P:甲方（采购人）：东岚湖藻类监测站
P:乙方（供应商）：江屿环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就蓝藻水华预警平台的软件许可、定制开发及实施事宜订立本合同，以资共同遵守。
H:第一条　项目内容
P:1.1 乙方向甲方提供蓝藻水华预警平台软件许可（永久使用，不限用户数），并完成预警模型定制开发、监测数据接入及接口开发、系统实施与培训。
P:1.2 平台应实现叶绿素a、藻蓝蛋白、水温、溶解氧等浮标在线数据的汇聚，卫星遥感水华面积解译结果的叠加展示，以及未来七十二小时水华发生概率的分级预警。
P:1.3 详细技术要求以招标文件第五章及乙方投标文件的技术响应表为准，二者不一致的，以对甲方更有利者为准。
P:1.4 平台部署于甲方机房的政务云资源池，乙方应配合甲方完成与省级生态环境监测平台及市应急指挥平台的数据对接，对接所需的接口规范由甲方协调提供。
H:第二条　合同价款
P:2.1 合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），含税，为固定总价，包括：平台软件许可费¥1,180,000；预警模型定制开发费¥626,000；数据接入及接口开发费¥238,000；实施及培训费¥86,000。
P:2.2 上述价款已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，甲方不再另行支付任何费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后，甲方支付合同总价的45%。
P:3.3 平台终验合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。
H:第四条　交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署及模型开发并提交初验申请，于初验合格后连续试运行六十日，试运行期满提交终验申请。
P:4.2 乙方应按周提交项目周报，重大风险应于发现后一个工作日内书面告知甲方。
P:4.3 乙方应派驻项目经理一名、模型工程师两名常驻甲方现场，项目经理须具有五年以上环境监测信息化项目经验，未经甲方同意不得更换；确需更换的，接替人员资历不得低于原人员。
P:4.4 乙方应为甲方监测、预警及信息发布岗位人员提供不少于三期集中培训及现场跟班指导，培训内容包括平台操作、模型参数解读、预警会商流程及常见故障处置，培训效果以甲方组织的上机考核为准。
P:4.5 甲方负责提供机房机位、网络接入、浮标站点历史数据及必要的工作条件，并指定专人配合乙方开展需求调研与测试。
H:第五条　验收
P:5.1 初验标准：全部功能点按技术响应表逐项测试通过；二十三个浮标站点数据接入完整率不低于99.5%；平台在两百个并发用户下页面平均响应时间不超过3秒；第三方网络安全等级测评无高危问题。
P:5.2 终验标准：试运行期间无一级故障；以往三个水华季的历史数据回算，预警命中率不低于85%；全部源代码、模型参数文件、部署手册及操作手册已交付并经甲方核对。
P:5.3 验收由甲方组织专家按上述标准进行并出具书面验收报告。平台上线、甲方使用或付款均不视为验收合格。
H:第六条　质保与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型参数调优及远程技术支持。
P:6.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且质保期满后的前三年内不得上调。
H:第七条　服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并避开水华高发时段。
P:7.2 一级故障（平台无法访问或预警无法发布）乙方应在30分钟内响应，2小时内到达现场或远程恢复；二级故障2小时内响应；三级故障次一个工作日内处理。
P:7.3 水华高发期（每年五月至十月）内，乙方应安排专人每日上午核查浮标数据接入及模型运行情况，并在预警会商前向甲方提交数据质量简报；发现数据异常的，应当日查明原因并处理。
P:7.4 乙方每超时响应一小时，扣减维护费或质保金人民币1,000元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元。
H:第八条　知识产权
P:8.1 为本项目定制开发的预警模型、接口程序、源代码、文档及配置成果的知识产权归甲方所有，甲方可自行修改、使用并许可第三方使用。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
H:第九条　数据安全与数据归属
P:9.1 平台采集、处理及生成的监测数据、遥感解译成果及预警记录均属于甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》，落实访问控制、加密存储及操作审计，运维访问须经甲方堡垒机并留存日志，不得将数据复制出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
H:第十条　保密
P:10.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内持续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。合同终止后，乙方应按甲方要求归还或销毁含有甲方保密信息的全部资料。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付成果不符合约定且在甲方指定期限内未能改正的，应赔偿甲方由此遭受的损失。
P:11.4 乙方应在合同签订时提交金额为合同总价5%的履约保函，有效期至终验合格后六十日；乙方未履行合同义务的，甲方有权从履约保函中扣收相应款项。
H:第十二条　分包
P:12.1 乙方不得将本项目的任何部分分包或转包给第三方。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条　其他
P:15.1 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等法律效力。任何一方变更联系人或通讯地址的，应在变更后三日内书面通知对方。
P:15.2 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：东岚湖藻类监测站　　乙方（盖章）：江屿环境信息技术有限公司
P:签订日期：2026年8月17日
"""

Z02 = """T:滑雪板芯材层压及热压成型线控制系统改造合同
P:合同编号：BX-SB-2026-046
P:甲方（买方）：北雪运动器材有限公司
P:乙方（卖方）：冀远智能装备有限公司
P:甲方为提升滑雪板芯材层压及热压成型工序的温度、压力控制精度和生产追溯能力，委托乙方对其二号厂房层压成型线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条　改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装新的PLC控制系统、伺服压力单元、分区温控单元、工控机及人机界面，并提供热压曲线管理软件许可（永久使用）。
P:1.2 改造后成型线应支持不少于六十种板型配方的温度曲线和压力曲线管理，每块板坯的层压参数、热压时间和操作人员可按条码追溯。
P:1.3 主要技术要求：热压板各温区控温精度不超过正负1.5摄氏度；压力控制偏差不超过设定值的2%；层压胶黏剂固化曲线可按板型分段设置，升温、保温、降温段时间以秒为单位调整；系统具备超温、超压、急停和安全光幕联锁功能。
P:1.4 乙方提供的工控机应预装甲方认可的正版操作系统和防病毒软件，并关闭与生产无关的端口及服务；系统应预留与甲方制造执行系统对接的数据接口，接口规范由双方另行确认。
P:1.5 乙方应在甲方停产检修窗口内完成拆装和调试，停线时间不超过二十一日。
H:第二条　合同价格
P:2.1 本合同总价为人民币壹佰肆拾柒万肆仟元整（¥1,474,000），含13%增值税，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|2套|468,000
TB:2|伺服压力单元及分区温控单元|1批|392,000
TB:3|工控机及人机界面|4台|156,000
TB:4|热压曲线管理软件许可（永久）|1套|286,000
TB:|软硬件小计||1,302,000
TB:5|安装调试|1项|148,000
TB:6|操作及维护培训|1项|24,000
TB:|合同总价||1,474,000
P:2.2 上表价格为固定价格，包括运输、保险、安装辅材及乙方人员差旅费用。
H:第三条　付款
P:3.1 合同生效后十日内，甲方向乙方支付合同总价的20%作为预付款。
P:3.2 全部设备运抵甲方厂房并经双方清点签收后，甲方支付合同总价的55%。
P:3.3 安装调试完成后，甲方支付合同总价的25%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。甲方付款以银行转账方式支付至本合同所列乙方账户，乙方变更账户须加盖公章书面通知。
H:第四条　交货与安装
P:4.1 乙方应于合同生效后五十日内将全部设备运抵甲方厂房，并于甲方通知的检修窗口开始之日进场施工。
P:4.2 乙方施工应遵守甲方厂区安全管理制度，动火、登高和带电作业须事先办理作业许可。
P:4.3 乙方施工人员进场前应接受甲方的安全教育，施工期间造成甲方设备、厂房或人员损害的，由乙方负责修复并赔偿。施工垃圾由乙方每日清理。
P:4.4 乙方应在拆除旧系统前完整备份原有工艺参数，并在新系统中导入全部现行板型配方。
H:第五条　验收
P:5.1 设备安装调试完成，成型线恢复生产后，即视为甲方验收合格。
P:5.2 乙方应在安装调试完成后向甲方移交设备清单、电气图纸和操作手册。
H:第六条　质量保证
P:6.1 质保期为二十四个月，自安装调试完成之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 质保期满后，甲方可与乙方签订年度维保合同，年度维保费为软硬件小计的7%（每年¥91,140），质保期满后三年内不上调。
H:第七条　故障响应
P:7.1 一级故障（成型线停机）乙方应在30分钟内响应，当日派工程师到达现场；二级故障（部分功能失效）2小时内响应，次日到场；三级故障在下一次例行巡检时处理。
P:7.2 乙方每超过约定响应时间一小时，应向甲方支付人民币800元，从质保金或维保费中扣减。
P:7.3 乙方应在甲方厂区备有常用备件，包括温控模块、压力传感器、伺服驱动器各两件，备件清单随设备一并交付；备件使用后乙方应在十日内补齐。
P:7.4 质保期内乙方每季度到场巡检一次，检查温控精度、压力传感器标定和备件库存，并出具巡检报告。
P:7.5 乙方应为甲方培训操作人员及设备维护人员各不少于八名，培训内容包括配方管理、曲线调整、报警处置、日常点检和简单故障排除，培训结束后由甲方组织考核。
H:第八条　知识产权
P:8.1 乙方为本项目编写的PLC程序、人机界面组态工程、配方模板及接口程序的知识产权归甲方所有，乙方应交付全部源程序，甲方可自行修改和使用，并可委托第三方维护。
P:8.2 热压曲线管理软件的标准产品著作权仍属乙方，乙方授予甲方在本厂范围内永久使用的许可。
H:第九条　数据与保密
P:9.1 成型线产生的工艺参数、配方、生产记录及质量数据属于甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方事先批准并通过甲方指定的加密通道进行，全程留存操作日志；乙方不得在其自有设备上存储甲方数据。发生数据泄露或篡改的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:9.3 双方对履行本合同中获知的对方技术秘密和商业信息负有保密义务，保密期至合同终止后五年。
P:9.4 乙方维护人员离职或调岗的，乙方应及时注销其远程访问账号并通知甲方。合同终止后，乙方应删除或返还其因维护需要临时持有的甲方资料，并向甲方出具书面确认。
H:第十条　违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方所供设备与合同约定的品牌、型号或技术参数不符的，甲方有权要求乙方在十五日内无偿更换；因更换造成甲方停产时间超过约定的，超出部分按10.1条计付违约金。
P:10.4 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的50%。
P:10.5 任何一方因违约给对方造成损失的，除支付违约金外，还应赔偿对方的直接损失，但以10.4条约定的限额为限。
H:第十一条　分包
P:11.1 乙方不得转包本合同。电气安装中的土建配合工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条　解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，双方均可解除合同，互不承担违约责任。受不可抗力影响的一方应在三日内通知对方，并在十日内提供有关证明。
H:第十三条　法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生争议的，双方协商解决；协商不成的，提交张家口仲裁委员会仲裁。
H:第十四条　其他
P:14.1 本合同附件包括：设备技术规格书、板型配方清单、施工进度计划及培训计划，附件与本合同正文具有同等效力；正文与附件不一致的，以正文为准。
P:14.2 双方的通知应以书面形式送达合同首页所列地址，一方变更地址的应及时通知对方，否则向原地址送达即视为送达。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：北雪运动器材有限公司　　乙方（盖章）：冀远智能装备有限公司
"""

Z03 = """卤香坊连锁门店订货及会员管理系统SaaS服务及实施合同

合同编号：LXF-IT-2026-0922
甲方：卤香坊餐饮管理有限公司
乙方：云味数智科技有限公司

甲方经营连锁卤味门店三十五家，为统一门店订货、中央厨房配送及会员营销管理，采购乙方的门店订货及会员管理SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供门店订货及会员管理SaaS服务，包括门店订货、中央厨房排产、配送签收、会员积分、储值卡、优惠券及营销活动模块，覆盖甲方三十五家门店及总部。
（二）乙方负责系统实施，包括业务调研、基础资料配置、与甲方收银系统及财务系统的接口开发、历史会员数据迁移和门店人员培训。接口开发应遵循甲方收银系统厂商提供的接口文档，因接口文档变更导致的调整由乙方在服务期内免费完成。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度届满之次日起算下一服务年度，具体起止日期以上线验收报告记载为准。

二、服务费用
（一）本合同总价为人民币柒拾叁万元整（¥730,000），含税，构成如下：
1. 门店订货及会员SaaS订阅费：每服务年度¥268,800（三十五店，每店每服务年度¥7,680），两个服务年度合计¥537,600；
2. 总部管理模块订阅费：每服务年度¥46,200，两个服务年度合计¥92,400；
3. 实施费（一次性）：¥78,000；
4. 历史数据迁移费（一次性）：¥22,000。
（二）上述费用包括平台使用、数据存储、常规技术支持、版本更新及短信通道以外的全部服务费用；营销短信按实际发送量另行结算，单价为每条人民币0.045元。
（三）门店数量在服务期内增加的，新增门店按每店每服务年度¥7,680按实际使用月份折算。

（四）门店数量减少的，自门店停业次月起按月折算减少订阅费，已付多余部分在下一期订阅费中抵扣。

三、付款方式
（一）实施费及数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后二十日内支付。
（三）乙方应在收款前开具增值税专用发票。依据第五条应扣减的服务费，甲方有权直接从应付款项中抵扣。
（四）乙方应提供对账单，列明各门店的订阅月份、新增及停业门店、扣减事项，经甲方财务部门核对无误后付款。

四、实施与上线验收
（一）乙方应在合同签订后六十日内完成实施并申请上线验收。
（二）上线验收标准：全部功能按需求确认书逐项测试通过；三十五家门店订货单据与中央厨房配送单据核对一致；迁移的会员数量、积分及储值余额与原系统逐条核对无差异；收银接口在门店营业高峰期交易处理时间不超过2秒。
（三）乙方应派出项目经理一名及实施顾问三名，实施期间驻场工作；乙方应在上线前为每家门店的店长及收银员提供操作培训，并为总部运营、财务及会员营销人员提供专项培训，培训资料交甲方留存。
（四）甲方应指定项目联系人，按时提供门店资料、商品资料、配送线路及会员历史数据，并安排门店配合测试。
（五）验收由甲方组织并签署书面验收报告。门店试用或甲方付款均不视为验收合格。
（六）乙方未能在约定期限内通过上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨一时至五时之间并提前二十四小时通知甲方。
（二）一级故障（全部门店无法下单或收银接口中断）乙方应在30分钟内响应，二级故障2小时内响应，三级故障次一个工作日内处理。
（三）月度可用率每低于约定值0.1个百分点，扣减当月订阅费的5%；一级故障每超时响应一小时，扣减人民币1,000元。扣减金额从下一期订阅费中抵扣。

（四）乙方应提供每日早七时至晚十一时的人工客服热线及全天候在线工单服务，每月向甲方提交服务报告，列明可用率、故障记录、工单处理情况及改进措施。
（五）乙方对平台进行版本升级的，应提前七日通知甲方，升级不得减少甲方已在用的功能，不得导致门店停业。

六、续期
（一）服务期满前六十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。
（二）续期时乙方有权根据其当年价格政策上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前四十五日通知甲方调价后的价格。

七、数据归属与数据安全
（一）甲方的门店经营数据、订货数据、会员个人信息及交易记录均属于甲方所有，乙方仅可为提供本合同服务之目的处理，不得用于其他任何目的。
（二）乙方应遵守《中华人民共和国个人信息保护法》和《中华人民共和国数据安全法》，数据存储于中国境内，采取加密存储、访问控制、操作审计及每日备份等措施，系统通过网络安全等级保护三级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担全部赔偿责任。
（四）服务期满或合同解除后，乙方应在二十日内将甲方全部数据以通用格式交付甲方，并在甲方确认后彻底删除，出具删除证明。

八、知识产权
（一）乙方SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的接口程序、报表模板及营销活动配置成果的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。

（三）甲方在服务期内可免费使用乙方平台后续发布的标准功能更新，乙方不得以功能升级为由另行收取费用。

九、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得披露给第三方，保密期至合同终止后三年。乙方应要求其参与本项目的员工签署保密承诺，员工违反保密义务的，视为乙方违约。甲方的菜品配方、供应商价格、门店营业额等信息均属于甲方的商业秘密。

十、分包
乙方不得将本合同项下服务转包；接口开发或门店培训如需部分分包，应事先取得甲方书面同意，乙方对分包方行为承担责任。经同意的分包方同样须遵守本合同第七条和第九条的约定，乙方不得向分包方提供超出其工作所需范围的甲方数据。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费并赔偿损失。
（二）系统连续三个月月度可用率低于约定值的，甲方有权解除合同。
（三）合同解除的，乙方应配合甲方完成数据导出及向新系统的迁移过渡，过渡期不少于二十日，过渡期内服务标准不变。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、其他
（一）本合同附件包括需求确认书、门店清单、接口规范及服务水平说明，与本合同具有同等效力。
（二）任何一方因不可抗力不能履行合同的，应及时通知对方并在十日内提供证明，根据影响程度部分或全部免除责任。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：卤香坊餐饮管理有限公司
乙方（盖章）：云味数智科技有限公司
"""

Z04 = """加气机监控系统年度运维服务合同

项目编号：JQ-CS-2026-019（竞争性磋商）
甲方：华北燃气加气站管理有限公司（国有独资）
乙方：衡川自控工程服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其所辖加气站的加气机监控系统提供年度运维服务。双方订立本合同如下。

第一章　服务范围
1. 运维对象：甲方所辖二十六座CNG及LNG加气站的加气机监控系统，包括站级监控工控机、加气机数据采集模块、可燃气体报警联动装置、视频监控接入设备及公司级监控中心平台软件。
2. 服务内容：
2.1 日常巡检：每座加气站每月现场巡检一次，检查数据采集、报警联动、时钟同步及通信链路，出具巡检记录；
2.2 故障处理：对系统故障进行诊断、修复及部件更换，常用易损件费用包含在服务费内，单价超过人民币三千元的部件由甲方另行采购；
2.3 软件维护：平台软件缺陷修复、补丁更新、数据库备份检查及报表调整；
2.4 技术支持：提供全天候电话支持，并在甲方组织的安全检查、迎检及应急演练中提供现场保障；
2.5 季度报告：每季度提交运维报告，列明巡检、故障、备件消耗及系统隐患整改建议。
2.6 备品备件管理：乙方应在甲方监控中心设立备件库，储备数据采集模块、通信模块、报警控制器及工控机硬盘等常用备件，每月盘点并向甲方报送备件台账；
2.7 系统优化：根据甲方运营需要，对报警阈值配置、报表格式及数据上传频率进行调整，年度内不超过二十项的调整不另行收费；
2.8 迎检配合：在燃气、消防、质监等主管部门检查前，乙方应对相关站点的监控系统进行专项检查，确保数据记录完整、报警联动有效。
3. 服务期：自2026年7月1日起至2027年6月30日止。

第二章　服务费用及支付
4. 本合同为固定总价合同，年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），含税，包括人工、交通、工具、常用易损件及税费。
5. 服务费按季度支付，每季度¥146,500。每季度结束后，甲方依据第三章的季度考核结果在十五个工作日内支付该季度服务费。本合同不设预付款。
6. 乙方应在每次付款前开具增值税专用发票。服务期内如甲方新增或关停加气站，服务费按站点数量和实际服务月份相应调整，调整单价按响应文件中的单站月度报价执行，其他条款不变。甲方应按时提供站点资料及进站条件。

第三章　服务启动与考核
7. 乙方应在服务期开始之日前完成人员进场、系统现状摸底及交接清单签署。乙方未按期开始服务的，每迟延一日按合同总价的千分之一向甲方支付违约金。
8. 季度考核标准：巡检完成率达到计划的全部站次；巡检记录完整并经站长签字；故障工单全部闭环；季度报告按期提交。甲方按上述标准进行季度考核并出具书面考核意见。
9. 甲方有权随机抽查乙方巡检质量，抽查发现巡检记录与现场情况不符的，该站次视为未巡检，乙方应在三日内补检。
9.1 服务期满时，甲方对全年服务进行终期考核，乙方应移交运维台账、配置备份及全部技术资料。

第四章　服务水平
10. 故障分级及响应要求：
10.1 一级故障（站级监控中断、报警联动失效或加气机数据无法上传）：乙方应在30分钟内响应，3小时内到达现场；
10.2 二级故障（单台加气机数据异常或视频中断）：2小时内响应，次日到达现场；
10.3 三级故障（报表或界面问题）：次一个工作日内处理。
11. 乙方未达到第10条服务水平的，应在三日内向甲方提交书面说明，分析原因并提出整改措施，限期整改。

11.1 乙方应建立运维工单系统，记录每次故障的报修时间、响应时间、到场时间、处理过程和恢复时间，甲方可随时查询。工单记录作为季度考核的依据。
11.2 遇重大节假日、极端天气或甲方组织的保供期间，乙方应安排工程师在监控中心值守，值守期间的费用已包含在年度运维服务费中。

第五章　数据安全
12. 监控系统采集的加气量、压力、报警记录、视频及其他运营数据属于甲方所有，乙方仅可为履行本合同使用，不得以任何形式留存、复制或向第三方提供。
13. 乙方远程接入须经甲方信息部门逐次审批，通过甲方指定的堡垒机进行并全程录像；乙方人员不得使用移动存储介质接入监控系统。乙方运维所用笔记本电脑须安装甲方指定的终端安全软件，并经甲方检查后方可接入。
14. 发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，包括监管部门的处罚及第三方索赔。

第六章　保密
15. 乙方对履约中知悉的甲方站点布局、工艺参数、安全防护措施、经营数据等信息负有保密义务，不得向任何第三方披露，保密期至合同终止后五年。

第七章　知识产权
16. 乙方在服务期内编写的报表、脚本、配置文件及运维文档的知识产权归甲方所有，甲方可自由使用和修改，并可提供给后续服务单位使用。乙方自有的运维工具仍归乙方所有。

第八章　人员与分包
17. 乙方应配备驻点运维工程师三名，其中至少一名持有特种设备作业相关证书；人员变更应提前通知甲方。驻点工程师应熟悉加气机计量原理、可燃气体报警系统和工业以太网，进场前须通过甲方组织的安全培训和岗位考核；甲方认为乙方人员不能胜任的，有权要求更换，乙方应在七日内派出合格人员。
18. 乙方可将部分偏远站点的月度巡检工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方，并对分包单位的工作质量和安全承担全部责任。

第九章　违约与解除
19. 乙方违反本合同约定，经甲方书面通知后七日内仍未纠正的，甲方有权解除本合同，按实际服务期限结算服务费，并要求乙方赔偿损失。
20. 乙方造成甲方损失的，应赔偿甲方的全部直接损失。
21. 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

第十章　安全生产
22. 乙方人员进站作业必须遵守甲方加气站安全管理规定，严禁携带火种，动火及带电作业须办理作业票，进入卸车区及储罐区须有站内人员陪同。因乙方原因发生安全事故的，由乙方承担责任。

23. 服务期内，乙方应为其派驻人员依法缴纳社会保险并购买意外伤害保险，乙方人员发生人身伤亡的，由乙方自行负责处理。

第十一章　服务交接
23.1 服务期满或合同解除时，乙方应配合甲方或甲方新选定的服务单位完成交接，交接期不少于十五日。交接内容包括系统配置清单、账号口令、网络拓扑、备件台账、未闭环工单及历史运维记录。
23.2 交接完成前，乙方应继续按本合同约定提供服务，不得以合同期满为由中断服务或拒绝交接。交接完成后，乙方应注销其全部账号并书面确认未留存甲方数据。

第十二章　法律适用与争议解决
24. 本合同适用中华人民共和国法律。争议协商不成的，提交甲方住所地人民法院诉讼解决。

第十三章　其他
25. 磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，双方各执两份，自双方盖章之日起生效。服务期满本合同自行终止，不自动续期。

甲方（盖章）：华北燃气加气站管理有限公司
乙方（盖章）：衡川自控工程服务有限公司
"""

Z05 = """# 弦木工坊生产追溯管理系统软件许可及定制开发合同

> 本合同采用乙方标准合同文本（琴匠云合同范本 V2.4），空白处由双方填写。

合同编号：QJY-2026-HT-0311

甲方（用户）：扬州弦木乐器有限公司（琵琶生产厂）

乙方（开发商）：琴匠云软件有限公司

甲方为实现琵琶琴体雕刻、品位安装等工序的生产追溯，向乙方购买生产追溯管理系统软件许可并委托乙方进行定制开发。双方根据《中华人民共和国民法典》订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供琴匠云生产追溯管理系统标准版软件许可（永久使用，五十个用户）。

1.2 乙方根据甲方需求进行定制开发，包括：琴体雕刻工序报工及木料批次追溯、相位与品位安装工位记录、品位间距检测数据采集、半成品质检及返修流转、成品琴一琴一码追溯查询。

1.3 乙方负责系统安装部署、基础数据初始化及甲方人员培训。具体功能以双方签字确认的需求说明书为准，需求说明书签字后甲方提出的变更，乙方有权另行收费。

1.4 系统运行环境：甲方应按乙方出具的部署环境说明准备服务器、数据库及操作系统，并开通乙方实施人员的远程访问权限。因甲方环境不满足要求导致的问题，不属于乙方责任范围。

1.5 乙方培训内容包括系统管理员培训、工段长及质检员操作培训，培训以集中授课方式进行，共计四个工作日。超出部分按每人天人民币三千二百元另行计费。

## 第二条 合同价款

2.1 合同总价为人民币壹佰叁拾壹万捌仟元整（¥1,318,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯管理系统软件许可（永久，五十用户） | 860,000 |
| 2 | 定制开发（雕刻、品位、质检、追溯模块） | 372,000 |
| 3 | 安装部署及培训 | 86,000 |
| | 合计 | 1,318,000 |

2.2 上述价款不含甲方现场所需的服务器、扫码枪、工位平板及网络设备，该等设备由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币856,700元。乙方收到该笔款项后启动项目。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的35%，即人民币461,300元。

3.3 甲方逾期付款的，乙方有权暂停实施或暂停技术支持，暂停期间不计入乙方的履行期限。

3.4 乙方收到每笔款项后十个工作日内向甲方开具增值税普通发票，甲方如需专用发票应提前书面告知。

## 第四条 交付与验收

4.1 乙方应于收到首期款后一百二十日内完成定制开发及部署，并通知甲方验收。

4.2 验收依据为需求说明书及乙方提供的测试用例。甲方应在收到验收通知后七个工作日内组织验收，测试用例通过率达到95%且无影响主流程的缺陷的，即为验收合格，双方签署验收报告。

4.3 甲方在验收中发现的问题，乙方应在十五个工作日内修复后重新提交验收。

4.4 甲方在验收前将系统投入生产使用的，乙方不因此免除验收义务，但甲方应自行承担投入使用期间的数据风险。

4.5 乙方交付物包括：安装介质、用户手册、管理员手册及验收报告。定制开发的源代码不属于交付物。

## 第五条 维护服务

5.1 系统验收合格之日起六个月为免费维护期。免费维护期内，乙方通过电话、邮件及远程方式提供技术支持和缺陷修复。

5.2 免费维护期满后，甲方如需继续获得技术支持、缺陷修复及版本升级，应与乙方签订年度维护合同，年度维护费按软件许可费的28%计算，即每年人民币240,800元。

5.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持，系统因此产生的问题由甲方自行承担。

5.4 免费维护期内，乙方的技术支持时间为工作日上午九时至下午五时，节假日及非工作时间的现场服务按乙方当期服务价格另行收费。甲方操作不当、擅自修改配置或第三方软件导致的问题，不属于免费维护范围。

5.5 甲方如在免费维护期满后中断维护服务、之后又要求恢复的，应补缴中断期间的全部维护费。

## 第六条 知识产权

6.1 本系统标准版软件的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、程序代码、数据库结构、接口程序及相关技术文档，其知识产权均归乙方所有。乙方授予甲方在本厂内部非独占、不可转让的使用权，甲方不得对其进行修改、反编译，亦不得交由第三方维护或使用。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第七条 数据

7.1 甲方在系统中录入和产生的生产数据归甲方所有。

7.2 甲方同意，乙方可对系统运行中产生的工艺数据、工时数据及质检数据进行脱敏处理后，用于乙方产品优化、行业数据分析及乙方其他客户的服务，该等使用不需另行取得甲方同意，且在合同终止后继续有效。

7.3 乙方在实施和维护过程中接触甲方数据的，应采取访问控制和加密传输措施，不得泄露甲方数据。因乙方原因导致甲方数据泄露的，乙方应在二十四小时内通知甲方，并承担相应的赔偿责任。

7.4 系统中涉及甲方员工的姓名、工号、工时等个人信息，乙方仅在实施和维护所必需的范围内处理，并按照《中华人民共和国个人信息保护法》的要求采取保护措施。

## 第八条 保密

8.1 双方对履行本合同过程中知悉的对方商业秘密负有保密义务，保密期至本合同终止后三年。

8.2 甲方不得向第三方披露乙方软件的价格、技术文档及本合同条款。

8.3 任何一方因法律法规或监管要求必须披露对方保密信息的，应事先通知对方，并仅在要求的范围内披露。

## 第九条 违约责任

9.1 乙方未能按第4.1条约定的期限提交验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 因甲方未及时提供需求、数据或现场条件导致延误的，乙方不承担违约责任，履行期限相应顺延。

9.3 任何一方均不对另一方的间接损失、利润损失或停产损失承担责任。

## 第十条 合同解除

10.1 一方严重违约，经另一方书面通知后二十日内仍未改正的，守约方有权解除本合同。

10.2 合同解除的，甲方已支付的首期款不予退还，乙方已完成的工作成果归乙方所有。

## 第十一条 人员

11.1 乙方指派项目经理一名负责本项目，乙方有权根据工作需要调整实施人员，但应通知甲方。

11.2 乙方人员在甲方现场工作期间应遵守甲方的厂规厂纪及木工车间的安全防火规定，甲方应提供必要的办公条件。

## 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同以乙方标准文本为准，手写修改部分须经双方签章确认方为有效。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：扬州弦木乐器有限公司　　　乙方（盖章）：琴匠云软件有限公司

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement - Cold-Chain Warehouse Management System
P:Agreement No. MLS-CN-2026-07
P:This Agreement is made between Lanhai Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Midlands Ledger Systems (Private) Limited, a company incorporated in Zimbabwe with its principal place of business at Main Street, Gweru, Zimbabwe (the "Vendor").
P:The Customer operates three temperature-controlled warehouses and wishes to replace its spreadsheet-based stock control with the Vendor's warehouse management software, configured for frozen and chilled goods. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ColdStore WMS, version 8, in object code, with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, scripts and documents that the Vendor prepares specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, stored in or generated by the system in the Customer's environment, including stock records, temperature logs, client and driver details.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its three warehouses and its head office for up to 180 named users, including the right to make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall configure the Software to the Customer's processes, develop interfaces to the Customer's ERP system, temperature-monitoring gateways and transport management system, migrate opening stock data and train the Customer's staff.
P:2.3 The detailed requirements are set out in Annex 1 (Functional Specification), which the parties signed before this Agreement. If Annex 1 and the body of this Agreement conflict, the body prevails.
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 1,900,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; configuration CNY 384,000; interface development CNY 212,000; training CNY 44,000. The Contract Price is fixed and covers all travel, living and remote-work costs of the Vendor's staff.
P:3.2 The Customer shall pay 20% of the Contract Price within 20 days after signature of this Agreement against the Vendor's invoice and an advance-payment guarantee issued by a bank acceptable to the Customer.
P:3.3 The Customer shall pay 45% of the Contract Price within 20 days after go-live of the system at all three warehouses. Go-live is not acceptance.
P:3.4 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.5 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice. The Vendor bears its own bank charges outside China.
H:Article 4 Delivery and Project Plan
P:4.1 The Vendor shall complete configuration, interfaces and migration and request Final Acceptance testing within 150 days after signature, following the milestone plan in Annex 2.
P:4.2 The Vendor shall appoint a project manager who speaks Mandarin or works with a qualified interpreter provided at the Vendor's cost, and shall not replace key staff without the Customer's prior written approval.
P:4.3 The Vendor shall report progress every two weeks in writing and notify the Customer promptly of any risk to the plan.
P:4.4 If the Vendor fails to request Final Acceptance testing by the date in Article 4.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 The parties shall carry out acceptance testing according to the test plan in Annex 3 at the Customer's sites.
P:5.2 The acceptance criteria are: every function in Annex 1 passes its test case; stock quantities migrated from the old records reconcile line by line with the opening stock count; the ERP and transport interfaces exchange orders and receipts without error for ten consecutive working days; temperature readings from every cold room reach the system within one minute; picking screens respond within two seconds with 120 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. Go-live, productive use of the system or payment of any invoice shall not be deemed acceptance.
P:5.4 If the criteria are not met, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to Annex 1 and the documentation for 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all new versions and provide support free of charge.
P:6.2 Severity 1 means the system is unavailable or goods cannot be received or dispatched at any warehouse; Severity 2 means a major function is impaired with a workaround; Severity 3 means any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour, at any time of day, and work continuously until service is restored; Severity 2 within 8 business hours; Severity 3 within two business days.
P:6.4 For each full hour by which a response to a Severity 1 incident is late, the Vendor shall credit the Customer CNY 1,000, to be deducted from the next payment or from the support fee.
P:6.5 After the warranty period the Customer may buy annual support for the Software at 10% of the Software licence fee, that is CNY 126,000 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by the Customer each year in writing and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains ownership of the Software. Nothing in this Agreement transfers ownership of the Vendor's standard product.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and build instructions of all Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall indemnify the Customer against third-party claims that the Software or Custom Deliverables infringe intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the work is complete.
P:8.2 The system shall be installed on the Customer's own servers in China. The Vendor shall access the Customer's systems only remotely through the Customer's VPN with multi-factor authentication, with each session approved in advance by the Customer's IT department and logged.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer any Customer Data outside the People's Republic of China.
P:8.4 The Vendor shall notify the Customer of any actual or suspected security breach affecting Customer Data within 12 hours, cooperate in the investigation and remedy, and bear all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and commercial information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 The limit does not apply to breach of Article 8 or Article 9, infringement claims under Article 7.3, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages under Article 4.4 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund payments received for work not accepted and deliver all work in progress, including source code of the Custom Deliverables.
P:12.3 Either party may terminate if a force majeure event prevents performance for more than 60 days.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Zimbabwe.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Harare under the Arbitration Act of Zimbabwe, by a single arbitrator. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annexes 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be sent in writing to the addresses above, with a copy by e-mail to the project managers.
P:14.3 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form - SupplierPulse Quality Portal Subscription

**Order Form No.:** CB-OF-2026-0413

**Vendor:** Copperbelt Cloudworks Limited, Plot 22 Freedom Way, Kabwe, Zambia ("Vendor")

**Customer:** Hengtai Auto Parts Co., Ltd., Changzhou, Jiangsu Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1 Subscribed Service

Vendor shall provide the SupplierPulse quality portal as a hosted service for the Customer's supplier quality management: supplier onboarding questionnaires, incoming-inspection results, non-conformance reports, 8D corrective-action workflows, supplier scorecards and PPAP document exchange. The service covers up to 250 named Customer users and up to 600 supplier accounts.

### A2 Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A4, and the second starts on the first anniversary of that date. The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A3 Fees

| Item | Basis | Amount per Subscription Year (CNY) | Total for the Term (CNY) |
|---|---|---|---|
| Platform subscription | per Subscription Year | 288,000 | 576,000 |
| User pack, 250 named users | per Subscription Year | 66,000 | 132,000 |
| Onboarding and configuration | one-time | - | 52,000 |
| Total Contract Value | | | 760,000 |

Fees include VAT. Additional supplier accounts above 600 are charged at CNY 90 per account per Subscription Year, pro rata; such usage charges are not part of the Total Contract Value.

### A4 Onboarding and Acceptance

Vendor shall complete onboarding within 45 days after signature: tenant set-up in the China region, configuration of the Customer's inspection plans and 8D templates, single sign-on with the Customer's directory, import of the supplier master list and historical non-conformance records, and training of key users. Onboarding Acceptance occurs when the Customer confirms in writing that (a) all configured workflows pass the test scripts in the Onboarding Plan, (b) every imported supplier record reconciles with the Customer's master list, (c) single sign-on works for all user groups, and (d) key users have completed training. Use of the service before that confirmation is not acceptance. If Onboarding Acceptance is delayed for reasons attributable to Vendor, Vendor shall pay CNY 600 for each day of delay.

### A5 Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The fees for each Subscription Year are invoiced at the start of that Subscription Year. The Customer pays each correct invoice within 25 days. No amount is payable before Onboarding Acceptance.

### A6 Contacts and Signatures

Vendor account manager: Mr. Chanda Mwale. Customer project lead: Ms. Zhou Lan, Supplier Quality Department.

For Vendor: ____________________    For Customer: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and files submitted to the service by or for the Customer or its suppliers, and all outputs generated from them.

1.2 "Customer Configurations" means the workflows, forms, templates, scorecard rules and reports configured specifically for the Customer.

### 2. Service Levels

2.1 Vendor shall make the service available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

2.2 Incidents are classified as Priority 1 (the service is unavailable or data cannot be saved for all users), Priority 2 (a major function is impaired) and Priority 3 (any other fault). Vendor shall respond to a Priority 1 incident within 8 business hours, to a Priority 2 incident within two business days and to a Priority 3 incident within five business days.

2.3 If monthly availability falls below the level in 2.1, Vendor shall grant a service credit of 5% of the monthly equivalent of the platform subscription fee for each 0.1 percentage point of shortfall or part of it, up to the full monthly equivalent. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 Vendor shall provide a monthly service report showing availability, incidents and response times.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. Vendor may use Customer Data only to provide the service to the Customer under this Order Form and for no other purpose, and shall not sell, analyse, aggregate or otherwise exploit it.

3.2 Vendor shall host Customer Data only in data centres located in mainland China, operated under an MLPS level-3 record, and shall apply encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, daily backups and audit logging.

3.3 Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and compensate the Customer for losses caused by incidents attributable to Vendor or its subcontractors.

3.4 At the end of the Subscription Term Vendor shall make all Customer Data available for export in a standard format for 60 days and then delete it and confirm deletion in writing.

### 4. Intellectual Property

4.1 Vendor retains all rights in the service and its underlying software.

4.2 Customer Configurations and all reports and documents produced for the Customer belong to the Customer. The Customer may use, copy and modify them freely and allow third parties to use them.

### 5. Subcontractors and Subprocessors

5.1 Vendor may engage affiliates and third-party subcontractors, including hosting providers and support partners, to perform any part of the service. Vendor shall inform the Customer of each new subcontractor by written notice at least 14 days before it starts work. Vendor remains responsible for its subcontractors.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information disclosed in connection with this Order Form, use it only for this Order Form and not disclose it to third parties except to its advisers and subcontractors bound by equivalent obligations.

6.2 These obligations continue for three years after the end of the Subscription Term, and indefinitely for trade secrets.

### 7. Warranties

7.1 Vendor warrants that the service will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

7.2 Vendor warrants that the service complies with applicable laws of the People's Republic of China, including laws on cybersecurity, data security and personal information.

### 7A. Customer Responsibilities and Changes

7A.1 The Customer shall keep its user credentials secure, ensure that its users and suppliers use the service in accordance with the documentation, and provide timely information and decisions needed for onboarding.

7A.2 Vendor may improve the service from time to time, provided that no change materially reduces the functions, security or service levels that the Customer uses. Vendor shall announce material changes at least 28 calendar days in advance through the service and by e-mail to the Customer project lead.

7A.3 Support is provided in English and Chinese through the service desk portal, by e-mail and by telephone during business hours in China, and around the clock for Priority 1 incidents.

7A.4 Vendor shall give the Customer, once per Subscription Year and on reasonable notice, a summary of its most recent independent security assessment and its MLPS record.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, or loss of profit.

8.2 Vendor's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limitation in 8.2 does not apply to personal injury, fraud or wilful misconduct.

### 9. Term and Termination

9.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 20 days after receiving written notice of the breach.

9.3 The Customer may also terminate by written notice if monthly availability falls below the level in 2.1 in three consecutive months.

9.4 On termination for Vendor's breach, Vendor shall refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except that Vendor may assign it to an affiliate that takes over the service.

11.2 Notices shall be in writing and sent to the contacts named in A6.

11.3 This Order Form is signed in English in two originals.
"""

E03 = """T:Supply Contract - Wireless Vibration Sensors and Condition Monitoring Software
P:Contract No. HXC-EQ-2026-118
P:Buyer: Hubei Xinchuan Cement Co., Ltd., Huangshi, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Elgon Sensing Technologies Limited, Plot 7 Republic Street, Mbale, Uganda (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the vibration and temperature of the kiln drives, raw mills, cement mills, fans and crushers at its Huangshi plant, and the Supplier has offered wireless sensors, gateways and condition monitoring software for that purpose.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's Elgon CM condition monitoring software, including its analytics and alarm modules, licensed under clause 9.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards, interface programs and reports that the Supplier prepares for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 5.
P:1.5 "Plant Data" means all vibration, temperature and process data collected by the Equipment and all results calculated from it.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, prepare the Custom Work and train the Buyer's staff. The Contract Price is CNY 1,500,000, inclusive of VAT, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial wireless gateway with mounting kit|14|18,600|260,400
TB:3|Elgon CM software, perpetual licence, plant-wide|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,334,400
TB:4|Installation, cabling and mounting|1 lot|126,000|126,000
TB:5|Commissioning and training|1 lot|39,600|39,600
TB:|Contract Price|||1,500,000
P:2.2 The Contract Price is fixed and includes packing, transport to the plant, insurance, import duties, customs clearance and all costs of the Supplier's staff.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after the Installation Certificate, which records that all Equipment is delivered, mounted and connected. The Installation Certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.4 Each payment requires a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the plant within 75 days after signature and complete installation within 35 days after delivery, in the plant shutdown windows notified by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's safety rules, including permits for work at height, hot work and work near rotating machinery, and shall attend the Buyer's safety induction before starting work.
P:4.3 If the Supplier is late in delivery or in completing installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment.
P:4.4 The Supplier shall deliver with the Equipment a stock of spare parts of not less than 3% of each sensor and gateway type, mounting adhesive and tools, and the technical documents in Chinese: installation drawings, wiring diagrams, configuration records and operating manuals.
P:4.5 The Supplier shall train at least ten maintenance engineers and four control-room operators in sensor installation, battery replacement, gateway configuration, alarm handling and the analysis of vibration spectra, and shall give the trainees written materials they may keep. Training is complete when the trainees pass a practical test set by the Buyer.
H:5. Acceptance
P:5.1 After commissioning the system shall run for 45 consecutive days under test.
P:5.2 The acceptance criteria are: every sensor reports to the Software at its configured interval, with data completeness of at least 99.95% over the test run; vibration readings agree with the Buyer's calibrated portable analyser within 5% on a sample of 20 measuring points; alarms reach the control room and the maintenance team's mobile application within one minute; the interface to the Buyer's maintenance system creates work orders correctly; and no Severity 1 fault occurs in the last 20 days of the test run.
P:5.3 When the criteria are met the Buyer shall issue the Final Acceptance certificate within ten working days. Installation, commissioning, use of the system or payment shall not be deemed acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, correct Software defects and supply all Software updates free of charge, including replacement of sensor batteries that fail before their rated life.
P:6.2 After the warranty the Buyer may order annual support, covering Software updates, remote diagnosis and replacement of defective gateways, at 6% of the Hardware and Licence Subtotal, that is CNY 80,064 per year. This fee is fixed for three years after the warranty. Support is ordered each year by separate purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 The Supplier shall provide remote support in Chinese or English through a hotline staffed around the clock.
P:7.2 Severity 1 means that alarms for the kiln or a mill cannot be received; Severity 2 means that a group of sensors or a gateway is out of service; Severity 3 means any other fault.
P:7.3 The Supplier shall respond to a Severity 1 fault within 30 minutes and have an engineer on site within 24 hours if remote repair fails; respond to Severity 2 within 2 hours; and to Severity 3 within one working day.
P:7.4 For each hour by which a response is late, the Supplier shall pay CNY 800, to be deducted from the warranty retention or the support fee.
H:8. Plant Data and Data Security
P:8.1 Plant Data belongs to the Buyer. The Supplier may use Plant Data only to perform this Contract and shall not use it for any other purpose, including analytics for other customers or product development.
P:8.2 The Software shall run on the Buyer's servers at the plant. Remote access by the Supplier requires approval by the Buyer for each session and shall be made through the Buyer's jump server with multi-factor authentication; all sessions are logged.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, shall not transfer Plant Data outside mainland China, and shall notify the Buyer of any security incident within 12 hours. The Supplier is liable for all losses caused by a security incident attributable to it.
H:9. Intellectual Property and Licence
P:9.1 The Supplier grants the Buyer a perpetual, irrevocable, plant-wide licence to use the Software, including for backup and test systems.
P:9.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver the source files of the Custom Work at Final Acceptance, and the Buyer may use, modify and license them freely.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's process parameters and plant drawings, and shall not disclose it to third parties without written consent. This clause survives for five years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On termination the Supplier shall refund payments for undelivered or rejected items and the Buyer may complete the work through others.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:14A. Force Majeure
P:14A.1 Neither party is liable for a delay caused by an event beyond its reasonable control that it could not foresee or avoid, provided it notifies the other party within five days and takes reasonable steps to limit the effects. Either party may terminate if such an event prevents performance for more than 60 days.
H:15. General
P:15.1 Annex 1 (Technical Specification), Annex 2 (Measuring Point List) and Annex 3 (Acceptance Test Plan) form part of this Contract. This Contract is made in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** KV-MSA-2026-05

**Customer:** Yuecheng Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer")

**Provider:** Kivu Digital Services Ltd, Avenue de la Paix, Rubavu, Rwanda, acting through its support centre staff assigned to this Agreement ("Provider")

**Background:** The Customer runs five production sites and a head office with about 1,400 end users. It wishes to outsource its IT service desk, desktop support and device management to the Provider for a fixed term of 36 months.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.

1.3 "Service Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its employees that the Provider receives or can access when performing the Services, including user accounts, device inventories, tickets and files on end-user devices.

1.5 "Deliverables" means runbooks, knowledge articles, scripts, device images and reports prepared by the Provider for the Customer.

## Section 2 Services

2.1 The Provider shall perform the Services in Schedule 1 to the service levels in Schedule 3, using qualified staff with Mandarin language skills for all user-facing work.

2.2 The Provider shall keep at least two on-site engineers at the head office and one at each production site during working hours, and shall run the service desk remotely around the clock.

2.3 The Provider shall use the Customer's IT service management tool for all tickets, so that the Customer keeps a complete history of the Services.

2.4 The Provider shall provide monthly service reports covering ticket volumes, response and resolution times, service credits, recurring problems and improvement actions, and shall attend a monthly service review with the Customer's IT manager.

2.5 The Provider shall keep the Customer's device images and patch levels current with the Customer's IT standards, and shall propose at least two service improvements in each quarterly review, with the expected effect on ticket volumes and user satisfaction.

2.6 The Customer shall give the Provider's staff access to its premises, systems and tools needed for the Services, provide desk space and parking at each site, and make its IT manager available for decisions. Delays caused by the Customer's failure to do so do not count against the Provider's service levels.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 2,160,000 for the Service Term, inclusive of VAT.

3.2 The one-time transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. The Customer pays each correct invoice within 25 days. There is no advance payment.

3.3 Service credits under Schedule 3 are deducted from the invoice for the month following the month in which they arise.

3.4 The charges are fixed for the Service Term. Changes in the number of users within a band of plus or minus 8% of 1,400 do not change the charges; outside that band the parties shall agree an adjustment in writing using the unit rates in Schedule 2.

## Section 4 Transition and Acceptance

4.1 The Provider shall complete transition within 50 days after signature. Transition includes knowledge transfer from the Customer's current team, set-up of the service desk telephone line and mailbox, import of the device inventory, preparation of runbooks for each site and a two-week parallel run.

4.2 Transition Acceptance occurs when the Customer confirms in writing that: (a) all runbooks are approved by the Customer's IT manager; (b) the device inventory reconciles with a physical count at each site; (c) during the parallel run at least 95% of tickets met the Schedule 3 response times; and (d) the service desk handled test calls in Mandarin at every site.

4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to a maximum of CNY 108,000.

## Section 5 Personnel

5.1 The Provider shall name a service delivery manager as the Customer's single point of contact and shall not replace the service delivery manager without the Customer's written approval.

5.2 The Provider's staff on the Customer's premises shall follow the Customer's site rules, including safety rules in the dyeing workshops and chemical stores.

5.3 The Customer may require the Provider to remove any member of staff who performs poorly or breaches site rules; the Provider shall provide a suitable replacement within ten working days.

## Section 6 Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Service Term the Provider shall return all Customer Data in its possession to the Customer.

## Section 7 Intellectual Property

7.1 All Deliverables belong to the Customer from creation. The Customer may use, modify and share them with any future service provider without restriction.

7.2 The Provider keeps its own pre-existing tools and methods and grants the Customer a free, perpetual licence to use any of them embedded in the Deliverables.

## Section 8 Liability

8.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury or wilful misconduct.

8.2 Neither party is liable for indirect loss or loss of profit, except in cases of wilful misconduct.

## Section 9 Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts of any approved subcontractor.

## Section 10 Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice, or if service credits reach their monthly maximum in three consecutive months.

10.3 On expiry or termination the Provider shall support the handover to the Customer or a new provider for up to 60 days at the monthly service charge rate pro rata, and shall hand over all Deliverables, passwords and documents.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within 25 days shall be submitted to the people's court with jurisdiction over the Customer's domicile.

## Section 12 General

12.1 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

12.2 This Agreement is signed in English in two originals.

For the Customer: ____________________    For the Provider: ____________________

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Mandarin and English; ticket logging, first-line resolution, escalation | 24 x 7 |
| Desktop support | On-site support for PCs, laptops, printers, scanners and shop-floor terminals at all sites | Mon-Sat 08:00-18:00 |
| Device management | Imaging, patching, antivirus updates, asset register and replacement logistics for about 1,650 devices | Mon-Sat 08:00-18:00 |
| Account administration | Joiners, movers and leavers; password resets; mailbox and file-share permissions | 24 x 7 |
| Problem management | Root-cause analysis of recurring incidents, quarterly improvement plan | Business days |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, invoiced after Transition Acceptance | 72,000 |
| Monthly service charge | 58,000 per month x 36 months | 2,088,000 |
| Total Contract Value | | 2,160,000 |
| Unit rate for user band changes | per user per month | 38 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution target | Credit if missed |
|---|---|---|---|---|
| P1 | A site or a production line cannot work because of an end-user IT fault, or a senior manager cannot work | 15 minutes | 6 hours | 3% of the monthly charge per incident |
| P2 | A group of users or a key application is impaired | 1 hour | 1 business day | 1% of the monthly charge per incident |
| P3 | A single user is affected | 2 business hours | 3 business days | 2% of the monthly charge if fewer than 90% of P3 tickets meet the target |

Service credits in a month are capped at 14% of that month's charge.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - AGRICULTURAL MARKET AND WEATHER DATA API

Agreement No.: GZD-DS-2026-021

PARTIES
Great Zimbabwe Data Analytics (Private) Limited, 14 Hughes Street, Masvingo, Zimbabwe ("Provider").
Dalian Haifeng Grain and Oilseed Trading Co., Ltd., Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND
The Customer buys soybeans, maize and sunflower seed from producers in several countries and needs daily crop condition, weather and market price data for its purchasing and risk teams. The Provider operates a data platform that delivers such data through an application programming interface (API) and bulk files.

1. DEFINITIONS
1.1 "Data" means the crop condition indices, weather observations and forecasts, satellite vegetation indices, port and farm-gate price series and related metadata made available through the Service.
1.2 "Service" means access to the Data through the Provider's API and secure file transfer, the developer portal and support, as described in this Agreement.
1.3 "Subscription Year" means each of the two consecutive periods covered by this Agreement, the first starting on the date of Integration Acceptance and the second on its first anniversary.
1.4 "Customer Materials" means all information supplied by the Customer to the Provider or submitted through the Service, including the Customer's lists of regions, sourcing locations, query parameters, watchlists and usage logs.
1.5 "Connectors" means the data mappings, loading scripts and interface code that the Provider builds to bring the Data into the Customer's systems.

2. SUBSCRIPTION
2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the Data through the Service and to use it internally for purchasing, hedging, logistics and risk management, and to share charts and summaries derived from it within its group.
2.2 The subscription covers up to 25 API keys, 2 million API calls per month and daily bulk files for the regions listed in Annex A. Calls above that volume are charged at CNY 18 per 10,000 calls; such usage charges are not part of the Total Fees.
2.3 The Customer shall not resell the Data or publish it outside its group, except short extracts in reports to its lenders and auditors.

3. FEES AND PAYMENT
3.1 The fees are:
    Subscription fee, first Subscription Year ........ CNY 336,000
    Subscription fee, second Subscription Year ....... CNY 336,000
    Integration services, one-time ................... CNY 38,000
    Total Fees ........................................ CNY 710,000
3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance. No fee is payable before Integration Acceptance.
3.3 The Customer shall pay each correct VAT invoice within 25 days. Fees are fixed for both Subscription Years.

4. INTEGRATION AND ACCEPTANCE
4.1 The Provider shall build the Connectors and load three years of historical Data into the Customer's data warehouse within 45 days after signature, following the integration plan in Annex B.
4.2 Integration Acceptance occurs when the Customer confirms in writing that: (a) the Connectors load the daily files and API results into the Customer's data warehouse without manual steps for ten consecutive business days; (b) the historical series for the regions in Annex A are complete and reconcile with the Provider's published values on a sample of 200 data points; (c) the API returns standard queries within two seconds; and (d) the Customer's analysts have been trained on the developer portal and the data dictionary.
4.3 Test use of the Data before that confirmation is not acceptance.
4.4 If Integration Acceptance is delayed, the Provider shall continue the work without additional charge until the criteria are met, and the first Subscription Year shall start only on Integration Acceptance.

5. SERVICE LEVELS
5.1 The Provider shall make the API and file transfer available at least 99.95% of each calendar month, excluding planned maintenance notified five days in advance and performed on Sundays between 01:00 and 05:00 Beijing time.
5.2 Daily bulk files shall be delivered by 07:00 Beijing time on each business day.
5.3 Severity 1 means the API or file delivery is unavailable or the Data for a whole region is missing or corrupted; Severity 2 means partial loss of Data or slow performance; Severity 3 means any other question. The Provider shall respond to Severity 1 within 1 hour at any time, to Severity 2 within 8 business hours and to Severity 3 within two business days.
5.4 Service credits: for each 0.1 percentage point by which monthly availability falls below the level in 5.1, and for each day on which the daily files are more than three hours late, the Provider shall credit 3% of the monthly equivalent of the subscription fee, up to half of that monthly equivalent in any month. Credits are deducted from the next invoice or paid at the end of the term.
5.5 The Provider shall publish a monthly service report with availability, delivery times and incidents.

6. DATA QUALITY
6.1 The Provider shall compile the Data with reasonable skill and care from the sources described in its methodology documents, shall correct errors promptly when identified and shall notify the Customer of any material revision of historical series.
6.2 The Provider shall give the Customer at least 60 days' notice before discontinuing any data series covered by Annex A and shall offer an equivalent replacement at no extra charge.

6.3 The Provider shall keep a named account manager and a data specialist available to the Customer's analysts during business hours in China, answer methodology questions within two business days and hold a quarterly review of data coverage, quality issues and planned changes to the Service.

7. CUSTOMER MATERIALS AND DATA SECURITY
7.1 Customer Materials belong to the Customer. The Provider shall use Customer Materials only to provide the Service to the Customer, and shall not use them to infer, analyse or disclose the Customer's sourcing interests or trading positions, or for any other purpose.
7.2 The Provider shall protect Customer Materials with encryption in transit and at rest, access limited to named staff, multi-factor authentication and audit logs, and shall store the Customer's usage logs only in a data centre in mainland China agreed with the Customer.
7.3 The Provider shall notify the Customer of any security incident affecting Customer Materials within 24 hours, cooperate in containing it, and compensate the Customer for losses caused by an incident attributable to the Provider.
7.4 At the end of this Agreement the Provider shall delete Customer Materials and confirm deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The Provider and its licensors keep all rights in the Data and the Service.
8.2 The Connectors belong to the Customer. The Provider shall deliver their source code at Integration Acceptance, and the Customer may use and modify them freely and have them maintained by third parties.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the terms of this Agreement and the Customer's watchlists, use it only for this Agreement and disclose it only to staff and advisers bound by equivalent duties. This clause continues for three years after the end of this Agreement.

10. SUBCONTRACTING
10.1 The Provider shall not subcontract any part of the Service, including hosting and support, without the Customer's prior written consent, and remains responsible for approved subcontractors.

11. LIABILITY
11.1 Neither party is liable for indirect loss, loss of profit or trading losses.
11.2 Each party's total liability under this Agreement is limited to 200% of the Total Fees, except for breach of clauses 7 and 9, personal injury and wilful misconduct, which are not limited.

12. TERM
12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.
12.2 The subscription is non-cancellable. Neither party may terminate this Agreement before the end of the second Subscription Year for any reason, including breach. The Customer's remedies for any failure of the Service are the service credits under clause 5.4 and the Provider's duty to correct the failure.
12.3 The Customer may suspend payment of disputed amounts while a failure under clause 5 is being corrected.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding on both parties.

14. GENERAL
14.1 Annex A (Regions and Data Series) and Annex B (Integration Plan) form part of this Agreement.
14.2 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the account managers.
14.3 This Agreement is made in English in two originals.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------- targets and labels
FILES = {
    "z01": ("h693z01_algae_bloom_early_warning_platform", "pdf", Z01, "zh", "software"),
    "z02": ("h693z02_ski_core_press_line_control_retrofit", "docx", Z02, "zh", "hardware"),
    "z03": ("h693z03_braised_food_chain_ordering_membership_saas", "txt", Z03, "zh", "cloud"),
    "z04": ("h693z04_cng_dispenser_monitoring_annual_om", "txt", Z04, "zh", "services"),
    "z05": ("h693z05_pipa_carving_fret_tracking_supplier_template", "md", Z05, "zh", "software"),
    "e01": ("h693e01_cold_chain_wms_perpetual_licence_gweru_vendor", "pdf", E01, "en", "software"),
    "e02": ("h693e02_supplier_quality_saas_order_form_kabwe_vendor", "md", E02, "en", "cloud"),
    "e03": ("h693e03_vibration_sensors_condition_monitoring_mbale_vendor", "docx", E03, "en", "hardware"),
    "e04": ("h693e04_managed_it_services_36_months_rubavu_vendor", "md", E04, "en", "services"),
    "e05": ("h693e05_agri_weather_data_api_subscription_masvingo_vendor", "txt", E05, "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; then sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [None, 0.5, True, "buyer", True, True, True, 0.07, 50, 20, False, False, 24, 7, False, True, False, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
    "z04": [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True, "PRC", S],
    "z05": [None, None, False, "supplier", True, False, True, 0.02, None, 65, True, True, 6, 28, False, True, None, "PRC", G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False, "Zimbabwe", G],
    "e02": [99.95, 8, True, "buyer", True, True, True, 600 / 760000 * 100, 6 / 24 * 100, None, True, None, None, None, False,
            True, True, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False, "PRC", G],
    "e04": [None, 0.25, True, "buyer", False, True, False, 1800 / 2160000 * 100, 150, None, True, None, None, None, False,
            True, False, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, True, True, None, 200, None, True, None, None, None, False, False, False, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, capped (goods), deemed, contract_value
    "z01": (True, True, True, False, 2130000), "z02": (True, True, True, True, 1474000),
    "z03": (True, True, None, False, 730000), "z04": (True, True, None, False, 586000),
    "z05": (False, True, True, False, 1318000), "e01": (True, True, True, False, 1900000),
    "e02": (True, True, None, False, 760000), "e03": (True, True, True, False, 1500000),
    "e04": (True, True, None, False, 2160000), "e05": (True, False, None, False, 710000),
}
# itemised licence / hardware subtotal (TCO fee base) for goods_or_licence drafts
FEE_BASE = {"z01": 1180000, "z02": 1302000, "z05": 860000, "e01": 1260000, "e03": 1334400}
# price components, asserted against contract_value
PARTS = {"z01": [1180000, 626000, 238000, 86000], "z02": [468000, 392000, 156000, 286000, 148000, 24000],
         "z03": [2 * 268800, 2 * 46200, 78000, 22000], "z04": [4 * 146500], "z05": [860000, 372000, 86000],
         "e01": [1260000, 384000, 212000, 44000], "e02": [2 * 288000, 2 * 66000, 52000],
         "e03": [240 * 3150, 14 * 18600, 318000, 126000, 39600], "e04": [72000, 36 * 58000], "e05": [336000, 336000, 38000]}
SPLITS = {"z01": [20, 45, 35], "z02": [20, 55, 25], "z05": [65, 35], "e01": [20, 45, 35], "e03": [10, 55, 35]}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-LIABILITY-CAP"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e04": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"],
    "e05": ["CR-LD-MISSING", "CR-TERMINATION"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "e03": "low", "e01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e02": "medium", "e04": "high", "e05": "high"}


def tco_share(k, t, capped, value):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = licence/hardware."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not capped:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[k]
    return fees / (value + fees) * 100


def rules_from_label(k, t, ex):
    sla, ld_stated, capped, _deemed, value = ex
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(k, t, capped, value)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Harare
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
_NUMZH = "一二三四五六七八九十百点"
THRESH = [
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + _NUMZH + "])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![" + _NUMZH + "])", r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![" + _NUMZH + "])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![" + _NUMZH + "])", r"hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])99\.90*(?!\d)", r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![" + _NUMZH + "])", r"千分之零点五",
    r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"\bfour[\s-]*hours?", r"(?<![十\d])四(?:个)?小时", r"(?<![\d.])240\s*(?:minutes|分钟)",
    r"(?<![\d.])12\s*(?:months?|个月|mos\b)", r"\btwelve[\s-]*months?", r"(?<![一二三四五六七八九十])十二个(?:自然)?月",
    r"\bone[\s-]*year\b", r"(?<![\d.])1\s*year\b", r"(?<![第每十])一年",
]
THRESH_RE = re.compile("|".join(THRESH), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "40%", "百分之四十", "15 per cent", "百分之十五", "100%", "百分之百", "99.9%", "99.90",
            "0.05%", "万分之五", "4 hours", "4小时", "四小时", "four-hour", "12 months", "12个月", "十二个月", "twelve months",
            "one year", "一年", "1 year"]
MUST_MISS = ["130%", "0.30%", "1.15%", "150%", "1,100%", "45%", "24 hours", "二十四小时", "24小时", "99.95%", "99.5%", "0.055%",
             "万分之五十", "24 months", "2 months", "112 months", "第一年", "百分之四十五", "百分之三十五", "0.45%", "14%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sources, targets = {}, {}
    for k, (stem, ext, src, lang, cat) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for k, (stem, ext, src, lang, cat) in FILES.items():
        t = dict(zip(KEYS, T[k]))
        sla, ld_stated, capped, deemed, value = EXTRA[k]
        assert sum(PARTS[k]) == value, (k, sum(PARTS[k]), value)
        if k in SPLITS:
            assert sum(SPLITS[k]) == 100 and not set(SPLITS[k]) & {15, 30, 40, 100}, k
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9, k
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, k
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, k
        share = tco_share(k, t, capped, value)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None, k
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        rules = rules_from_label(k, t, EXTRA[k])
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        sev = {SEV[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[k], (k, risk)
        covered |= set(rules)
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan(text)
        print(f"{k} {stem}.{ext}: {'chars' if lang == 'zh' else 'words'} {n}; rules {rules or '(none)'}; risk {risk}"
              + (f"; TCO share {share:.1f} %" if share is not None else ""))
        assert ok, (k, n)
        assert not hits, (k, hits)
    assert covered == set(SEV), sorted(set(SEV) - covered)
    counts = [len(DESIGN[k]) for k in FILES]
    assert sum(1 for c in counts if c == 0) == 2 and 8 <= len(DESIGN["z05"]) <= 10
    assert sum(1 for k in FILES if k not in ("z01", "e03", "e01", "z05") and 2 <= len(DESIGN[k]) <= 3) == 6
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
