"""holdout511: ten blind, ordinary draft contracts (5 zh, 5 en) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py, the .json labels; derives each draft's expected rules from its labels by my own reading of
policy.md section 3, checks them against the design list, asserts that all 20 CR rules fire at least once, scans every
source and every built file (read back) for threshold figures, and prints the text lengths as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
H511Z01 = """T:东川市网约车监管平台建设项目政府采购合同
P:合同编号：DCJT-ZC-2026-017
P:采购项目编号：DCCG-2026-0142
P:甲方（采购人）：东川市交通运输局
P:地址：东川市滨江路118号
P:乙方（供应商）：杭州行衡数据科技有限公司
P:地址：杭州市西湖区文三路477号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及东川市网约车监管平台建设项目公开招标的结果，甲乙双方经协商一致，订立本合同。招标文件、乙方投标文件、中标通知书及合同附件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供网约车监管平台软件许可及定制开发服务，包括：监管平台标准版软件许可（含数据交换、运营监测、投诉处置三个模块）；与本市运营的六家网约车平台公司数据接口的对接开发；驾驶员及车辆信用评价模块；监管指挥大屏；部署实施及培训。
P:1.2 平台部署于东川市政务云，乙方负责操作系统以上的软件部署与配置，甲方负责协调政务云资源及网络安全域划分。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰零叁万贰仟元整（¥2,032,000），为固定总价，包含软件许可、开发、部署、培训、税费及乙方为履行本合同发生的全部费用。
TB:序号|项目|数量|金额（元）
TB:1|监管平台标准版软件许可|1套|1,148,000
TB:2|平台数据接口对接、信用评价模块及大屏定制开发|1项|764,000
TB:3|部署实施|1项|92,000
TB:4|用户培训（监管人员及系统管理员）|1项|28,000
TB:合计|||2,032,000
P:2.2 除甲方书面提出的需求变更外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初验后10个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过终验后10个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。因财政资金拨付程序造成的合理延迟，不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署及接口联调并提交初验申请；初验通过后进入为期60日的试运行，试运行期满后乙方提交终验申请。
P:4.2 乙方应派驻项目经理一名，每周向甲方提交项目周报，并在需求确认、初验、终验等关键节点前提交书面材料。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；六家平台公司的订单、轨迹、驾驶员及车辆数据按部颁接口规范完成接入，连续7日数据接入完整率不低于99%，轨迹数据延迟不超过30秒；在200个并发用户下页面响应时间不超过3秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 终验标准：试运行期间未发生一级故障；初验遗留问题全部整改完毕；乙方已提交源代码、设计文档、运维手册及培训记录。
P:5.3 甲方组织专家按上述标准进行验收并出具书面验收意见。平台上线、试运行或甲方使用平台，均不视为验收合格。
H:第六条 质保与运维
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年度运维费不超过软件许可费的9%（即不超过103,320元/服务年度），且在质保期满后的三个服务年度内不上调。运维服务须另行签订合同。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.5%。计划内维护须提前3个工作日经甲方同意，计划维护时间不计入不可用时间。
P:7.2 一级故障（平台整体不可用或数据接入全部中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（单个模块或单家平台数据中断）应在2小时内响应，24小时内解决。
P:7.3 月可用率每低于约定值0.1个百分点，乙方向甲方支付服务违约金2,000元；故障响应或恢复每超时1小时，乙方支付500元。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、信用评价模型、监管大屏及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
P:8.2 平台标准版软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属执法机构。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据归甲方所有。乙方仅为履行本合同处理数据，不得留存、复制或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护三级要求落实访问控制、加密传输与存储、操作审计等措施，所有运维操作须经甲方堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第十条 保密
P:双方对在履行本合同中知悉的对方商业秘密、工作秘密及其他未公开信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 分包
P:乙方可将平台现场设备安装、历史数据核验等非主体、非关键性工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方。乙方对分包工作的质量和进度承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期提交初验申请或终验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付的系统不符合合同约定的，应在甲方规定的期限内整改；整改后仍不合格的，甲方有权按第十三条解除合同。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三向乙方支付违约金。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在事件发生后3日内书面通知对方，并在15日内提供有关证明。受影响的工期相应顺延，双方应协商采取措施减少损失。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同附件包括：需求规格说明书、接口清单、验收测试方案、项目实施计划。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：东川市交通运输局
P:法定代表人或授权代表：
P:乙方（盖章）：杭州行衡数据科技有限公司
P:法定代表人或授权代表：
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H511Z02 = """T:拉丝机控制系统改造及维保合同
P:合同编号：HX-SB-2026-031
P:甲方：江阴恒鑫钢丝绳有限公司
P:乙方：无锡启衡自动化工程有限公司
P:甲方拉丝车间现有水箱拉丝机及直进式拉丝机共24台，原控制系统老化，断丝率高，能耗偏大。经三家单位比选，甲方委托乙方对上述拉丝机控制系统进行改造，并在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）更换6台PLC控制柜，每台控制柜控制4台拉丝机，实现各道次速度同步、张力闭环控制及断丝自动停车。
P:（二）更换24台主电机变频器，配套安装张力传感器及收线控制单元。
P:（三）安装车间数据采集软件，采集车速、电流、断丝次数及能耗数据，并与甲方ERP系统对接产量数据。
P:（四）敷设工控网络及线缆，拆除旧控制柜并恢复现场。
P:（五）对24台拉丝机进行逐台调试，按甲方产品规格表设置各道次速度、张力及收线参数，并编制参数表。
P:（六）改造不得改变拉丝机机械结构，涉及模具、卷筒及冷却系统的问题由甲方另行安排。
H:二、合同价格
P:合同总价为人民币壹佰叁拾贰万捌仟元整（¥1,328,000），含设备、软件许可、运输、安装、调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、触摸屏接口、电源模块）|6套|86,000|516,000
TB:2|主电机变频器|24台|12,500|300,000
TB:3|张力传感器及收线控制单元|24套|4,800|115,200
TB:4|触摸屏操作终端|6套|9,600|57,600
TB:5|车间数据采集软件许可|1套|148,000|148,000
TB:6|工控交换机及线缆|1批|42,800|42,800
TB:软硬件小计||||1,179,600
TB:7|改造施工及调试|1项|136,000|136,000
TB:8|操作及维修人员培训|1项|12,400|12,400
TB:合计||||1,328,000
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并安装完成后15日内，甲方支付合同总价的45%。到货及安装不视为验收。
P:（三）终验合格后15日内，甲方支付合同总价的35%。
P:（四）乙方应在每次收款前开具增值税专用发票。
H:四、工期
P:（一）乙方应在合同签订后45日内完成设备到货；改造施工分四批进行，每批6台，每批停机时间不超过5日，全部改造在合同签订后105日内完成。
P:（二）各施工批次及停机时间须提前7日经甲方生产部书面确认，乙方应在停机期间安排足够人员连续施工。
P:（三）乙方应在每批施工完成后提交调试记录，经甲方设备部签字确认后方可进行下一批施工。
H:五、验收
P:（一）每批改造完成后进行单批调试，四批全部完成后连续试生产20日，然后进行终验。
P:（二）终验标准：各道次速度同步误差不超过0.5%；张力波动不超过设定值的±3%；断丝自动停车响应时间不超过0.2秒；试生产期间断丝率较改造前同规格产品下降三分之一以上；数据采集软件完整记录24台设备的运行数据，且与ERP产量数据一致；试生产期间未发生因控制系统导致的整线停机。
P:（三）终验由甲方设备部、生产部与乙方共同进行，并签署终验报告。设备安装、试生产或甲方投入使用，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费升级数据采集软件。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即94,368元/服务年度，质保期满后的三个服务年度内不调价。
P:（三）质保期及维保期间的故障分级与响应要求如下：
TB:故障等级|情形|响应时间|到场时间
TB:一级|整条生产线停机或安全联锁失效|1小时|6小时
TB:二级|单台拉丝机停机|2小时|24小时
TB:三级|数据采集异常等不影响生产的问题|8小时|3个工作日
P:（四）乙方超过上表响应时间或到场时间的，每超时1小时向甲方支付800元。
H:七、知识产权
P:乙方为本项目编写的PLC程序、触摸屏画面、数据采集配置及其源程序和说明文档，知识产权归甲方所有，乙方应在终验前全部移交，甲方可自行修改或交由第三方维护。变频器、PLC等设备的原厂固件及数据采集软件产品本身仍归其权利人所有，甲方可永久使用。
H:八、生产数据安全
P:（一）数据采集软件采集及产生的生产数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方指定的VPN及专用账号登录，操作全程留存日志；乙方不得在工控网络中安装未经甲方同意的软件或接入移动存储介质。
P:（三）因乙方原因导致生产数据泄露、丢失或工控系统遭受网络攻击的，乙方应在2小时内报告甲方，承担恢复费用，并赔偿甲方因此遭受的全部损失。
H:九、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成单批停机超过约定时间的，每超一日按前款标准另行支付违约金。
P:（三）甲方逾期付款的，每逾期一日按应付金额的万分之三向乙方支付违约金。
H:十、合同的变更与解除
P:本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。乙方违约的，甲方可按第九条要求乙方支付违约金并继续履行。合同变更须经双方书面协商一致。
H:十一、分包
P:未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十三、安全施工
P:（一）乙方施工人员进入甲方车间，应遵守甲方安全生产管理制度，佩戴劳动防护用品，动火、登高及带电作业须办理作业票。
P:（二）乙方应对施工人员进行安全交底，因乙方原因发生安全事故的，由乙方承担责任。
P:（三）施工期间乙方应做好成品及半成品的防护，拆除的旧控制柜、电缆由甲方统一处置。
H:十四、培训与技术资料
P:（一）乙方应对甲方操作工及维修电工进行现场培训，培训内容包括设备操作、参数设置、常见故障处理及数据采集软件使用，培训人数不少于30人次，培训后进行考核。
P:（二）乙方应在终验前向甲方移交电气原理图、接线图、PLC程序备份、参数表、设备说明书及合格证等技术资料各两套，并提供电子版。
P:（三）乙方应提供常用备件清单及价格，质保期满后三个服务年度内备件价格不高于本合同单价。
H:十五、不可抗力
P:因不可抗力致使一方不能按期履行的，应及时书面通知对方并提供证明，工期相应顺延。双方应积极采取措施减少损失。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、施工批次计划、终验测试记录表。
P:甲方（盖章）：江阴恒鑫钢丝绳有限公司    代表签字：
P:乙方（盖章）：无锡启衡自动化工程有限公司    代表签字：
P:日期：2026年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
H511Z03 = """连锁花店订单及配送管理系统服务合同

合同编号：HY-SAAS-2026-0088
甲方：成都花屿花艺连锁有限公司
地址：成都市锦江区东大街89号
乙方：深圳云栈软件科技有限公司
地址：深圳市南山区科技园南区18栋

鉴于甲方在成都市经营25家直营门店，需要统一的线上订单、门店库存及同城配送管理系统；乙方提供"花栈"订单及配送SaaS服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方25家门店开通"花栈"SaaS服务，包括小程序及线上商城下单、门店收银、鲜花库存与损耗管理、同城配送调度、会员管理及财务对账功能。
1.2 乙方负责实施：历史会员及商品数据迁移、25家门店开通配置、小程序上线、与甲方微信支付商户号及第三方跑腿平台的接口开发、店长及店员培训。
1.3 初始服务期为三个服务年度，自上线验收合格之日起计算。
1.4 乙方应在合同签订后5个工作日内成立项目组，指定项目经理，与甲方共同确认实施计划、门店开通顺序及数据迁移方案。实施期间每周提交项目进度报告。

2. 费用
2.1 费用明细：
  (a) 门店订阅费：25家 × 3,600元/服务年度 = 90,000元/服务年度；
  (b) 配送调度模块：24,000元/服务年度；
  (c) 实施费（数据迁移、配置、培训）：46,000元，一次性；
  (d) 接口开发费（微信支付、第三方跑腿平台）：28,000元，一次性。
2.2 初始服务期合同总价为416,000元，其中订阅费342,000元，一次性费用74,000元。上述价格含税。

3. 付款
3.1 本合同不设预付款。
3.2 实施费及接口开发费在上线验收合格后15日内支付。
3.3 每个服务年度的订阅费在该服务年度开始后15日内支付。
3.4 乙方应在甲方付款前开具增值税专用发票。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成全部实施工作并提交上线验收申请。
4.2 上线验收标准：25家门店均能正常收银及接单；完成不少于200笔测试订单，覆盖到店自提、门店配送和第三方跑腿三种方式，订单状态同步无误；迁移的会员及储值余额与原系统逐条核对一致；与微信支付的对账差异为零；连续试运行10日未发生一级故障。
4.3 甲方在收到申请后7日内组织验收并签署验收单。系统上线使用不视为验收合格。

5. 服务水平
5.1 系统月可用率不低于99.95%。计划维护安排在凌晨1点至6点，并提前48小时通知甲方；节日高峰期不安排计划维护。
5.2 一级故障（全部门店无法下单或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（部分门店或单一功能异常）1小时内响应，8小时内恢复。情人节、七夕、母亲节前后各3日，乙方安排专人值守。
5.3 月可用率每低于约定值0.1个百分点，乙方按当期服务年度订阅费的1%给予服务抵扣；一级故障响应每超时30分钟，抵扣300元。抵扣在下期订阅费中扣减。

6. 续期
6.1 初始服务期届满前30日，任何一方未书面提出不再续期的，本合同自动续期，每次续期一个服务年度，续期次数不限。
6.2 续期期间的订阅单价由乙方根据其届时的价目表调整，每次上调幅度不超过8%，乙方应在续期前30日书面通知甲方。

7. 数据权属及使用
7.1 甲方的会员、订单、商品及配送数据归甲方所有。
7.2 甲方同意，乙方可将甲方的订单及配送数据进行脱敏、汇总处理后，用于花卉零售行业分析报告、产品改进以及向其他客户提供的行业基准服务；该使用在本合同终止后仍可继续。

8. 数据安全
8.1 乙方应将数据存储于中国境内，采取加密存储、访问控制和操作日志审计措施；系统已通过网络安全等级保护三级测评，乙方应在服务期内保持测评有效。
8.2 会员个人信息的处理应遵守《中华人民共和国个人信息保护法》，乙方仅在甲方指示的范围内处理。
8.3 发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
8.4 合同终止后30日内，乙方应向甲方完整导出数据，并删除系统中的甲方数据（第7.2条所述脱敏汇总数据除外）。

9. 保密
双方对在合作中获知的对方经营信息、价格、客户资料及技术资料负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后三年内继续有效。

10. 知识产权
10.1 "花栈"平台软件的知识产权归乙方所有，甲方在服务期内享有使用权。
10.2 乙方为甲方开发的接口程序及甲方专属的配置、报表模板归甲方所有，甲方可自由使用、修改并交由第三方维护。

11. 违约责任
11.1 乙方逾期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 甲方逾期付款的，每逾期一日，按应付金额的万分之三支付违约金。

12. 分包
乙方使用的云服务商为阿里云（西南区域），双方签署本合同即视为同意；除此之外，未经甲方书面同意，乙方不得将本合同项下服务分包给第三方。

13. 合同解除
一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

14. 适用法律及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

15. 培训与服务支持
15.1 乙方应为甲方提供店长集中培训两次、店员线上培训课程及操作手册，新开门店由乙方远程协助开通。
15.2 服务期内乙方指定客户成功经理一名，每季度与甲方召开服务回顾会，提交可用率、故障及工单统计报告。
15.3 甲方新增门店的，订阅费按本合同单价及剩余服务期折算；关闭门店的，自下一服务年度起相应减少订阅费。

16. 不可抗力
因不可抗力致使一方不能履行本合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。不可抗力不包括乙方自身系统故障或第三方云服务商的一般性故障。

17. 门店设备
17.1 门店收银电脑、扫码枪、小票打印机及配送员手机由甲方自行采购，乙方提供设备兼容清单并协助安装调试。
17.2 乙方应保证系统支持主流安卓及苹果手机，配送员端App的更新不得影响门店正常营业。
17.3 门店网络中断时，收银功能应支持离线收银，网络恢复后自动同步订单数据。

18. 通知
本合同项下的通知以书面形式送达合同首部所列地址或双方确认的电子邮箱，电子邮件发出后即视为送达。

19. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都花屿花艺连锁有限公司        授权代表：
乙方（盖章）：深圳云栈软件科技有限公司        授权代表：
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, （1）, 运维服务, 竞争性磋商, compliant)
H511Z04 = """东川市博物馆藏品管理系统年度运维服务合同

项目编号：DCBWG-CS-2026-006（竞争性磋商）
甲方：东川市博物馆
乙方：南京文澜信息技术有限公司

依据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方藏品管理系统2026年度运维服务订立本合同。磋商文件及响应文件为本合同的组成部分。

（1）服务对象与服务期
① 服务对象：甲方藏品管理系统（含藏品总账、编目著录、影像库、出入库管理及三维模型展示模块）及其数据库、应用服务器和存储设备。
② 服务期：2026年1月1日至2026年12月31日。服务期满本合同终止，不自动续期；下一服务期由甲方另行组织采购。

（2）服务内容与价格
① 乙方提供下列服务，合同总价为人民币叁拾捌万壹仟贰佰元整（¥381,200），为固定总价：
  驻场运维（1名工程师，服务期内工作日驻场）：186,000元
  系统巡检与数据库维护（每月巡检，每季度性能优化）：64,000元
  应急响应与故障处理：48,000元
  数据备份及恢复演练（每半年恢复演练一次）：22,000元
  等级保护测评整改配合：18,000元
  小型功能优化（不超过36人天，1,200元/人天）：43,200元
  合计：381,200元
② 小型功能优化的具体需求由甲方书面提出，乙方评估工作量并经甲方确认后实施。
③ 驻场运维包括日常监控、用户账号及权限管理、藏品登记数据的批量导入校验、影像库存储容量监测、系统日志分析及用户操作咨询。
④ 系统巡检包括服务器、存储、数据库、中间件及应用系统的运行状态检查，巡检发现的问题应在巡检报告中列明处理建议和完成时限。
⑤ 乙方应在服务期开始后10个工作日内提交运维服务方案、应急预案及人员名单，经甲方确认后执行。
⑥ 遇甲方重要展览开幕、文物普查数据报送等重点时段，乙方应增派人员现场保障，不另收费。

（3）付款
① 本合同不设预付款。
② 服务费按季度支付，每季度95,300元，于当季考核合格后15日内支付。
③ 乙方应在每次付款前开具合法有效的发票。

（4）服务水平
① 系统月可用率不低于99.95%，计划维护须提前3个工作日经甲方同意，并安排在闭馆时段。
② 一级故障（系统整体不可用或藏品数据异常）：15分钟内响应，2小时内恢复；二级故障（单一模块不可用）：30分钟内响应，8小时内恢复；三级故障：2个工作日内解决。
③ 月可用率每低于约定值0.01个百分点，扣减服务费500元；故障响应或恢复每超时30分钟，扣减服务费300元；季度考核得分低于85分的，扣减当季服务费的5%。

（5）考核与验收
① 季度考核标准：月可用率及故障响应符合第（4）条；巡检报告按月提交；备份成功率不低于99%；恢复演练在2小时内完成且数据校验一致；安全漏洞在规定期限内修复。甲方按考核表评分并书面确认。
② 每项功能优化完成后，由甲方按确认的需求进行测试，测试通过后签署验收单。
③ 服务期满前15日内，甲方组织年度终验，标准为：四个季度考核均合格；运维日志、巡检报告、变更记录、应急预案及功能优化源代码和文档全部移交。
④ 乙方提供服务或甲方支付季度服务费，均不视为年度终验合格。
⑤ 季度考核由甲方信息中心组织，乙方项目经理参加。考核结果经双方签字确认后作为付款依据；乙方对考核结果有异议的，可在3个工作日内书面提出，甲方应在5个工作日内答复。
⑥ 服务期内乙方应每月提交运维月报，内容包括系统运行情况、故障处理记录、变更记录、备份情况及下月工作计划。月报应在次月5日前提交甲方信息中心，并抄送甲方藏品部负责人，作为季度考核的依据之一。

（6）违约责任
① 乙方未按约定时间开始驻场服务，或逾期提交巡检报告、功能优化交付物的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
② 乙方驻场工程师未经甲方同意擅自离岗的，每人每日扣减服务费800元。
③ 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

（7）数据安全
① 藏品数据（文字著录、影像、三维模型及出入库记录）归甲方所有，乙方仅为运维目的接触，不得复制、留存或用于其他目的。
② 运维工作在甲方机房内进行，远程操作须经甲方批准并通过甲方堡垒机；禁止使用未经登记的移动存储介质。
③ 乙方应落实账号权限管理、操作审计和数据备份措施，配合甲方完成等级保护测评。
④ 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任。

（8）保密
乙方及其人员对在服务中知悉的甲方藏品信息、安防布局、未公开展陈计划及其他工作秘密负有保密义务，不得向任何第三方披露。乙方驻场人员应签署保密承诺书。本条在合同终止后继续有效。

（9）知识产权
乙方在服务期内完成的功能优化源代码、脚本、运维文档及报告，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

（10）人员与分包
① 乙方驻场工程师应具备数据库及中间件运维经验，更换人员须提前10日经甲方同意。
② 乙方不得将本合同服务分包或转包给第三方。

（11）合同解除
乙方严重违约，或季度考核连续两次不合格，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并按实际服务期结算费用。

（12）适用法律及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（13）驻场人员管理
① 乙方驻场工程师应遵守甲方考勤、门禁及库房管理制度，未经许可不得进入藏品库房及文物修复区域。
② 乙方应为驻场人员办理意外伤害保险，驻场人员因自身原因造成的人身损害由乙方负责。
③ 甲方为驻场人员提供办公座位、网络及必要的办公设备。

（14）文物及设备安全
① 乙方在运维过程中涉及藏品影像采集设备、三维扫描设备的，应严格按照甲方操作规程进行，不得自行移动藏品。
② 因乙方原因造成甲方设备损坏的，乙方应负责修复或按原价赔偿。

（15）不可抗力
因不可抗力致使一方不能履行本合同的，应在事件发生后3日内书面通知对方并提供证明，双方协商顺延或调整服务内容，服务费按实际提供的服务结算。

（16）通知与联系人
双方各指定项目联系人一名，服务中的需求确认、考核结果及书面通知以联系人签收或电子邮件送达为准。联系人变更应提前书面通知对方。

（17）其他
本合同未尽事宜，按磋商文件及政府采购相关规定执行，双方可签订补充协议。本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：东川市博物馆          代表签字：
乙方（盖章）：南京文澜信息技术有限公司          代表签字：
签订日期：2025年12月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, many problems)
H511Z05 = """# 粮穗APS生产排程系统软件许可及实施合同

（乙方标准合同文本 V3.0）

合同编号：LS-APS-2026-019

- 甲方：桂林漓香米粉食品有限公司
- 乙方：长沙粮穗智能软件有限公司

甲方为提高米粉生产线的排产效率，决定采购乙方的粮穗APS生产排程系统并委托乙方进行定制开发及实施。双方根据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供粮穗APS生产排程系统标准版软件许可（含排程引擎、物料计划、产能看板，10个并发用户）。系统可根据订单交期、设备产能、班次安排及原料库存，自动生成米粉车间的日生产计划和周生产计划，并支持计划员手工调整。
2. 乙方根据甲方米粉生产工艺，进行浸泡、磨浆、蒸片、老化、切条等工序排程规则的定制开发，并开发与甲方现有ERP系统的接口。
3. 乙方负责系统部署、基础数据导入及甲方用户培训。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 粮穗APS生产排程系统标准版软件许可 | 1套 | 680,000 |
| 2 | 工序排程规则及ERP接口定制开发 | 1项 | 96,000 |
| 3 | 部署实施及培训 | 1项 | 48,000 |
| | 合计 | | 824,000 |

上述价格含增值税，不含甲方自行采购的服务器及数据库。

## 第三条 付款方式

1. 本合同签订后7日内，甲方向乙方支付合同总价的65%。
2. 系统上线后7日内，甲方向乙方支付合同总价的35%。
3. 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

## 第四条 交付与上线

1. 乙方在收到首笔款项后90日内完成部署和定制开发，并通知甲方上线。
2. 甲方应按乙方要求提供工艺参数、设备产能、订单及物料数据，因甲方资料延误的，工期相应顺延。
3. 乙方在收到甲方完整资料后开始规则配置，配置完成后由甲方计划员试用，试用期间发现的问题由乙方酌情修改。
4. 乙方的实施分为需求调研、系统部署、规则配置、数据导入、用户培训及上线六个阶段，各阶段的具体安排以乙方提交的实施计划为准。
5. 系统上线运行即视为甲方验收合格。

## 第五条 免费维护期

1. 免费维护期为六个月，自系统上线之日起计算。
2. 免费维护期内，乙方通过电话、远程方式提供技术支持，修复软件缺陷。现场服务按乙方收费标准另行收费。

## 第六条 年度维护服务

1. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的22%计取，即149,600元/服务年度，每个服务年度开始前支付。
2. 年度维护服务包括版本升级、远程技术支持及缺陷修复。

## 第七条 技术支持

1. 乙方技术支持时间为工作日9:00至18:00。
2. 一级故障（排程引擎无法运行）乙方在8小时内响应；其他故障在2个工作日内响应。
3. 乙方将尽力在合理时间内排除故障，但不因响应或修复时间承担任何赔偿或扣款责任。

## 第八条 知识产权

1. 软件及乙方为本项目进行的定制开发成果（包括排程规则、ERP接口程序及相关文档）的知识产权均归乙方所有。
2. 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

## 第八条之二 培训

1. 乙方为甲方提供系统管理员培训及计划员培训各一次，培训地点在甲方工厂，培训教材由乙方提供。
2. 培训结束后，乙方向甲方提供操作手册及常见问题解答的电子版。
3. 甲方需要增加培训的，按乙方收费标准另行计费。

## 第九条 数据安全

1. 甲方的生产、订单、配方及物料数据归甲方所有，乙方仅为实施和维护本系统使用，不得用于其他目的。
2. 乙方远程维护须经甲方同意并使用甲方提供的账号，不得将甲方数据拷贝至乙方设备；乙方应对其人员进行数据安全培训。
3. 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，采取补救措施并承担相应赔偿责任。

## 第十条 保密

双方对履行本合同过程中知悉的对方技术秘密、配方工艺及经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

1. 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
2. 因甲方原因导致工期延误的，乙方不承担责任。

## 第十二条 责任限制

乙方在本合同项下的累计赔偿责任不超过合同总价的20%。乙方不对甲方的利润损失、停产损失等间接损失承担责任。

## 第十三条 合同解除

一方严重违约，经对方书面通知后30日内未纠正的，守约方可以解除本合同。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 甲方义务

1. 甲方应指定项目负责人，协调生产、计划、仓储等部门配合乙方调研和测试。
2. 甲方应按乙方要求提供服务器、数据库及网络环境，并保证运行环境符合乙方的配置要求。
3. 甲方应确保提供的工艺参数、配方及订单数据真实、完整，因数据错误导致的排程结果偏差由甲方负责。
4. 甲方应安排关键用户参加培训，并在上线后按乙方操作手册使用系统。

## 第十六条 不可抗力

因不可抗力不能履行本合同的，受影响一方不承担责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、社会异常事件以及电信、电力中断等情形。

## 第十七条 系统环境与升级

1. 本系统运行于甲方自备的服务器，操作系统及数据库由甲方自行采购并取得合法授权。
2. 乙方发布新版本时，将通知甲方升级内容；甲方在年度维护期内可免费获得升级，升级实施由乙方远程完成。
3. 甲方擅自修改系统配置或数据库结构导致系统故障的，乙方可按收费标准提供恢复服务。

## 第十七条之一 其他服务

甲方在本合同范围外需要乙方提供的二次开发、报表定制、现场驻场及数据整理服务，按乙方当年服务价格另行签订协议。

## 第十七条之二 通知

双方往来通知可采用书面、电子邮件或微信工作群方式，发出即视为送达。

## 第十八条 其他

1. 本合同未尽事宜，双方协商签订补充协议。
2. 乙方的报价单、实施方案及用户手册为本合同附件。
3. 本合同一式两份，双方各执一份，经双方签字盖章后生效。

| 甲方（盖章）：桂林漓香米粉食品有限公司 | 乙方（盖章）：长沙粮穗智能软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年  月  日 | 日期：2026年  月  日 |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, German vendor, perpetual licences)
H511E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FSW-SMH-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Shunmu Home Furnishing Co., Ltd., a company registered in Shunde District, Foshan, Guangdong Province, People's Republic of China (the "Customer"), and Falkenau Software GmbH, a company registered with the commercial register of Regensburg, Germany, with its office at Donaustrasse 18, 93059 Regensburg (the "Vendor").
H:Recitals
P:(A) The Customer manufactures panel furniture in two plants in Shunde and wishes to replace its manual cutting-list and CNC programming process with a single software system.
P:(B) The Vendor develops PlattenWerk, a software product for panel furniture design, nesting optimisation and CNC programme generation, and has offered perpetual licences and related implementation services.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the PlattenWerk modules listed in Article 2, in object code, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the post-processors, machine adaptations, label templates, parameter sets and interface scripts prepared by the Vendor for the Customer under this Agreement, together with their source files and documentation.
P:1.3 "Customer Data" means all design files, cutting lists, orders, production records and other data of the Customer processed by the Software or made available to the Vendor.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 6.3.
H:Article 2 Scope and Price
P:2.1 The Vendor grants the Customer perpetual, non-exclusive licences to the Software for use in the Customer's plants in the People's Republic of China and performs the services below. The prices are fixed:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PlattenWerk Design, named-user licence|18|26,000|468,000
TB:PlattenWerk CNC post-processor licence, per machine|9|34,000|306,000
TB:PlattenWerk Server and nesting engine licence|1|152,000|152,000
TB:Licence subtotal|||926,000
TB:Post-processor adaptation for the Customer's nine CNC machines|1|184,000|184,000
TB:Installation, configuration and data migration|1|62,000|62,000
TB:Training (designers, programmers, administrators)|1|38,000|38,000
TB:Contract Price|||1,210,000
P:2.2 The Contract Price includes all taxes, duties, travel and expenses of the Vendor. The licences may be transferred to an affiliate of the Customer that takes over a plant, on written notice to the Vendor.
H:Article 3 Payment
P:3.1 20% of the Contract Price is payable within 20 days after signature of this Agreement against the Vendor's invoice.
P:3.2 45% of the Contract Price is payable after delivery of the licence keys and completion of installation on the Customer's servers. Installation is not acceptance.
P:3.3 35% of the Contract Price is payable within 20 days after Final Acceptance.
P:3.4 Payments are made by bank transfer in CNY to the account stated in the Vendor's invoice. Each invoice shall be accompanied by a valid tax invoice or receipt acceptable to the Customer's finance department.
H:Article 4 Delivery and Timetable
P:4.1 The Vendor shall deliver the licence keys within 10 days after signature, complete installation within 30 days after signature, and submit the Software and the Custom Deliverables for acceptance testing within 90 days after signature.
P:4.2 The Vendor shall name a project manager who speaks Chinese, hold fortnightly progress meetings with the Customer and notify the Customer promptly of any expected delay and its cause.
P:4.3 No liquidated damages or other delay damages apply to the dates in this Article 4. If a date is missed, the Vendor shall propose a revised date and continue the work; the payment under Article 3.3 falls due only after Final Acceptance.
H:Article 5 Customer Responsibilities
P:5.1 The Customer provides server capacity, network access, sample orders, machine documentation and access to its CNC machines on agreed dates, and names a project manager with authority to take decisions.
P:5.2 The Customer is responsible for backing up its data before installation and for the operation of its machines during tests, under the supervision of its own operators.
H:Article 6 Acceptance
P:6.1 The Vendor shall test the Software and the Custom Deliverables together with the Customer against an acceptance test plan agreed within 20 days after signature.
P:6.2 The acceptance criteria are: (a) nesting of 50 sample orders chosen by the Customer with material yield not below the yield of the Customer's current manual process; (b) each of the nine CNC machines runs programmes generated by the Software for the sample orders without manual editing; (c) labels and cutting lists print correctly and match the orders; (d) ten consecutive production days without a Severity 1 defect.
P:6.3 When the criteria are met, the Customer shall sign an acceptance certificate within 7 days. Use of the Software in production before that date does not constitute acceptance. If a criterion is not met, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 7 Warranty
P:7.1 The Vendor warrants for 90 days after Final Acceptance that the Software and the Custom Deliverables perform materially in accordance with their documentation and the acceptance criteria, and will correct defects free of charge during that period.
P:7.2 During the warranty period the support services and response times of Article 8 apply free of charge.
P:7.3 The warranty does not cover defects caused by modifications made by the Customer or by hardware that does not meet the Vendor's published system requirements.
H:Article 8 Support and Maintenance
P:8.1 After the warranty period the Customer may order annual Software Support. The annual Software Support fee is 13% of the Licence subtotal, that is CNY 120,380 per Support Year, fixed for the first three Support Years. Any later increase requires written agreement and shall not exceed 3% per Support Year. Software Support is ordered by purchase order and does not renew automatically.
P:8.2 Software Support covers updates, new versions, telephone and remote support (Monday to Saturday, 8:00 to 20:00 China time) and defect correction.
P:8.3 Response times: Severity 1 (production programming impossible on any machine): response within 2 hours and workaround within 8 hours; Severity 2 (a function is impaired but production continues): response within 8 business hours; Severity 3: response on the next business day.
P:8.4 For each late Severity 1 response the Vendor grants a credit of 5% of the quarterly support fee; during the warranty period the credit is CNY 1,500 per late response. Credits are deducted from the next invoice.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor hands over their source files at Final Acceptance. The Customer may use, modify and license them to third parties without restriction.
P:9.3 The Vendor shall defend the Customer against claims that the Software or the Custom Deliverables infringe third-party rights and bear the resulting costs and damages.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not copy it outside the Customer's systems.
P:10.2 Remote access is allowed only through the Customer's VPN, with named accounts, approval for each session and logging. The Vendor applies ISO/IEC 27001 security measures to its support systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in remedying it and bear the losses caused by its breach of this Article 10.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it without prior written consent, during the term and for three years after its end.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, breaches of Articles 10 and 11 or infringement of third-party rights.
P:12.2 Neither party is liable for indirect or consequential loss, except as stated in Article 12.1.
H:Article 13 Subcontracting
P:The Vendor may not subcontract any services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for its own staff.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 On termination by the Customer for the Vendor's breach, the Vendor refunds the amounts paid for services not delivered, and licences already paid for remain in force.
H:Article 15 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:Article 16 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitral award is final and binding on both parties.
H:Article 17 Miscellaneous
P:17.1 This Agreement is written in English and Chinese; both versions are equally authentic. 17.2 Amendments must be made in writing and signed by both parties. 17.3 Annex 1 (acceptance test plan) and Annex 2 (system requirements) form part of this Agreement.
P:For the Customer: Foshan Shunmu Home Furnishing Co., Ltd.    Name / Title / Date: ____________________
P:For the Vendor: Falkenau Software GmbH    Name / Title / Date: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Austrian vendor)
H511E02 = """# ORDER FORM — RATEWISE REVENUE MANAGEMENT SERVICE

**Order Form No.** MRS-CN-2026-0117

| Field | Details |
|---|---|
| Vendor | Murtal Revenue Systems GmbH, Annenstrasse 41, 8020 Graz, Austria |
| Customer | Xiamen Haiyue Hotel Management Co., Ltd., 66 Lujiang Road, Siming District, Xiamen, People's Republic of China |
| Service | RateWise cloud revenue management for 14 hotels operated by the Customer |
| Initial Term | two Subscription Years from the Subscription Start Date |
| Currency | CNY, at the Customer's request |

## Section 1 Order details

**1.1 Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| RateWise subscription | 14 hotels × CNY 21,600 per Subscription Year | 302,400 per Subscription Year |
| Subscription fees, Initial Term | two Subscription Years | 604,800 |
| Onboarding (PMS interface configuration, rate rules, training) | one-time | 58,000 |
| **Total Contract Value** | | **662,800** |

**1.2 Subscription Start Date.** The Subscription Start Date is the date of Go-Live Acceptance under Section 1.5. Each Subscription Year runs from the Subscription Start Date or its anniversary.

**1.3 Invoicing.** The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days. The onboarding fee is invoiced on Go-Live Acceptance and payable within 30 days. No amount is payable before the Subscription Start Date.

**1.4 Onboarding.** The Vendor will connect RateWise to the Customer's property management system (PMS) and channel manager for all 14 hotels, set up room types, rate plans and pricing rules agreed with the Customer's revenue team, and train up to 20 users. The Target Go-Live Date is 75 days after signature of this Order Form.

**1.5 Go-Live Acceptance.** The Customer will accept the Service when: (a) bookings, cancellations and rates for all 14 hotels are exchanged with the PMS without error for seven consecutive days; (b) rate recommendations are produced daily for every room type; (c) the pricing rules agreed in the onboarding plan are configured and tested; and (d) the training has been delivered. The Customer signs a Go-Live Acceptance note within five business days after the criteria are met. Use of the Service before that note is not acceptance.

**1.6 Late go-live.** If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Vendor, the Vendor pays the Customer CNY 600 for each day of delay, up to 60 days.

**1.7 Hosting.** The Service is hosted on Alibaba Cloud in its Hangzhou region, operated for the Vendor by its hosting provider named in this Order Form, Alibaba Cloud Computing Co., Ltd.

**1.8 Order of precedence.** This Order Form and the General Terms below form the agreement. If they conflict, this Order Form prevails.

# GENERAL TERMS

## Section 2 The Service

**2.1 Access.** The Vendor grants the Customer and its hotel staff a non-exclusive right to use the Service during the term for the Customer's internal business.

**2.2 Service standard.** The Vendor will use commercially reasonable efforts to make the Service available and to respond to support requests promptly. Support requests may be raised through the Vendor's help desk by e-mail or through the in-product chat, in English or Chinese. No service levels, response times or service credits apply to the Service.

**2.3 Changes.** The Vendor may improve the Service from time to time but will not materially reduce its functions during a Subscription Year.

**2.4 Documentation.** The Vendor provides online user guides in English and Chinese and keeps them current with the Service.

**2.5 Users.** The Customer may create user accounts for its revenue managers, hotel general managers and front-office supervisors. Accounts are personal and may be reassigned when staff change.

## Section 3 Term and Renewal

**3.1 Initial Term.** This agreement starts on signature and continues for the Initial Term.

**3.2 Automatic renewal.** At the end of the Initial Term and of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

**3.3 Renewal pricing.** The Vendor may increase the subscription fees for any renewal term by up to 9% over the fees of the preceding Subscription Year, by written notice given at least 75 days before the renewal date.

## Section 4 Fees and Taxes

**4.1** Fees are stated in CNY, include applicable taxes and are paid by bank transfer. The Vendor issues invoices through its appointed agent in Shanghai.

**4.2** Late payment bears interest at 0.02% per day on the overdue amount after a written reminder.

## Section 5 Customer Data and Security

**5.1 Ownership.** All data entered into or generated by the Service for the Customer, including bookings, guest information, rates and forecasts ("Customer Data"), belongs to the Customer. The Vendor uses Customer Data only to provide the Service to the Customer.

**5.2 Security.** The Vendor stores Customer Data only in mainland China, encrypts it in transit and at rest, restricts access to named staff with multi-factor authentication, logs all access, and holds a valid ISO/IEC 27001 certificate. The Vendor complies with the PRC Personal Information Protection Law and Data Security Law as the Customer's entrusted processor.

**5.3 Incidents.** The Vendor notifies the Customer within 48 hours after becoming aware of a security incident affecting Customer Data, takes all steps to contain it and is liable for the losses, fines and costs caused by an incident resulting from its breach of this Section 5.

**5.4 Return.** On expiry or termination the Vendor returns Customer Data in CSV format within 30 days and then deletes it.

## Section 6 Intellectual Property

**6.1** The Service, its software and its algorithms remain the property of the Vendor.

**6.2** The pricing rules, rate strategies, reports and PMS interface mappings configured specifically for the Customer belong to the Customer. The Customer may use, modify and give them to any successor provider.

## Section 7 Confidentiality

Each party keeps confidential the other party's non-public information, including the Customer's rates, occupancy and guest data, uses it only for this agreement and does not disclose it to third parties without prior written consent. This Section survives for three years after the end of the agreement.

## Section 8 Subcontracting

Except for the hosting provider named in Section 1.7, the Vendor shall not subcontract any part of the Service without the Customer's prior written consent, and remains responsible for its subcontractors.

## Section 9 Liability

**9.1** Each party's total liability under this agreement is limited to twice the Total Contract Value.

**9.2** The limit does not apply to breaches of Sections 5 and 7, to personal injury or to wilful misconduct.

## Section 10 Termination

**10.1** Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

**10.2** If the Customer terminates under Section 10.1, the Vendor refunds any prepaid fees for the period after termination.

## Section 11 Governing Law and Disputes

At the Customer's request this agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Section 12 Customer Responsibilities

**12.1** The Customer is responsible for the accuracy of the room, rate and inventory data it enters, for the pricing decisions it publishes and for the conduct of its users.

**12.2** The Customer shall keep user credentials secure, remove users who leave its employment and inform the Vendor promptly of any suspected unauthorised access to its accounts.

**12.3** The Customer shall provide access to its PMS vendor and channel manager contacts during onboarding and shall approve the onboarding plan within ten days after receiving it.

## Section 13 Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public telecommunications networks, provided that it notifies the other party without delay and uses reasonable efforts to resume performance. If such an event prevents use of the Service for more than 30 consecutive days, either party may end the affected subscription and the Vendor refunds the fees for the period not used.

## Section 14 Suspension

The Vendor may suspend access only if an amount undisputed in good faith remains unpaid 30 days after a second written reminder, or if suspension is necessary to stop an attack on the Service. The Vendor gives as much notice as possible and restores access as soon as the cause has ended.

## Section 15 General

**15.1** Notices are given in writing to the addresses in this Order Form. **15.2** Neither party may assign this agreement without the other's written consent. **15.3** This agreement is signed in English; a Chinese translation is for reference.

| For the Customer | For the Vendor |
|---|---|
| Xiamen Haiyue Hotel Management Co., Ltd. | Murtal Revenue Systems GmbH |
| Name / Title: | Name / Title: |
| Date: | Date: |
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, buyer's paper, compliant)
H511E03 = """T:PURCHASE CONTRACT FOR GRAIN CONDITION MONITORING EQUIPMENT
P:Contract No. JZFC-CG-2026-009
P:Buyer: Jingzhou Fengcang Grain Storage Co., Ltd., 8 Jiangjin Road, Jingzhou, Hubei Province, People's Republic of China (the "Buyer")
P:Supplier: Rheintal Sensorik AG, Landstrasse 63, 9494 Schaan, Principality of Liechtenstein (the "Supplier")
P:The Buyer operates sixteen flat warehouses for grain reserves at its Jingzhou depot and invited offers for a grain temperature, humidity and gas monitoring system. The Supplier submitted the winning offer. The parties therefore agree as follows. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the cables, sensor units, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the GrainSense monitoring software licensed under Clause 2, including updates supplied during the warranty period.
P:1.3 "System" means the Equipment and the Software as installed at the Buyer's depot.
P:1.4 "Installation Certificate" and "Final Acceptance Certificate" have the meanings given in Clause 5.
P:1.5 "Buyer Data" means all readings, alarms, grain records and other data produced by the System.
H:2. Scope of Supply and Contract Price
P:2.1 The Supplier shall supply, install and commission the System in all sixteen warehouses and train the Buyer's staff. The Contract Price is fixed:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital grain temperature cable, 18 sensing points|480|1,150|552,000
TB:2|Humidity, CO2 and phosphine sensor unit|64|3,800|243,200
TB:3|Wireless gateway with battery backup|16|9,500|152,000
TB:4|GrainSense monitoring software, perpetual licence|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||1,075,200
TB:5|Installation and commissioning|1|96,000|96,000
TB:6|Training of operators and administrators|1|14,800|14,800
TB:|Contract Price|||1,186,000
P:2.2 The Contract Price includes delivery to the depot, import duties, taxes, installation materials and all costs of the Supplier's engineers.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price is paid within 20 days after the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price is paid within 20 days after the Final Acceptance Certificate is signed.
P:3.4 The Supplier shall provide valid invoices before each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the depot within 60 days after signature and complete installation in all warehouses within 90 days after signature. Installation in a warehouse may only take place when the Buyer has confirmed that it is safe to enter.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 When installation is complete, the parties check the quantities and the physical installation and sign the Installation Certificate.
P:5.2 A trial operation of 30 days follows. The System passes acceptance if: (a) temperature readings of a sample of 10% of the cables, chosen by the Buyer, deviate by no more than 0.5 °C from a calibrated reference thermometer; (b) humidity and gas readings are within the tolerances in Annex 1; (c) at least 98% of scheduled readings reach the Buyer's server during the trial operation; (d) alarms for over-temperature and phosphine concentration are raised within two minutes in a test; and (e) the Software reports listed in Annex 1 are produced correctly.
P:5.3 When all criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Delivery, installation, the trial operation or use of the System does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier repairs or replaces defective Equipment and corrects Software defects free of charge, including parts, travel and labour.
P:6.2 Fault handling during the warranty period:
TB:Severity|Description|Response|On-site arrival
TB:Severity 1|a gateway or a whole warehouse offline, or false or missing alarms|1 hour|24 hours
TB:Severity 2|individual cables or sensor units faulty|8 hours|3 days
TB:Severity 3|reports or display problems|next working day|as agreed
P:6.3 For each hour by which a Severity 1 response or arrival is late, the Supplier pays CNY 500.
P:6.4 After the warranty period the Supplier shall, at the Buyer's option, provide annual support at 7% of the Hardware and Licence Subtotal, that is CNY 75,264 per year, fixed for three years after the warranty period; any later change requires the Buyer's written agreement. Support is ordered by the Buyer each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use it at the depot and at any other site of the Buyer.
P:7.2 The warehouse layouts, alarm thresholds, report templates and interface configurations prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to any other service provider.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The System sends Buyer Data only to the Buyer's own server; no data is sent to the Supplier or any cloud service.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN with logging. The Supplier shall not copy Buyer Data and shall comply with the PRC Data Security Law and the rules of the grain reserve authorities.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer Data within 24 hours, help to remedy it and compensate the Buyer for the losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the depot layout, stock levels and security arrangements, and shall not disclose it without prior written consent. This obligation survives the end of this Contract.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or breaches of Clauses 8 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the supply or installation without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:14. Packaging, Shipping and Documents
P:14.1 The Supplier shall pack the Equipment for sea and road transport and mark each package with the contract number, the warehouse number and the contents.
P:14.2 With each shipment the Supplier provides the packing list, the certificate of origin, the calibration certificates of the sensors and the manufacturer's quality certificate.
P:14.3 Risk in the Equipment passes to the Buyer on signature of the Installation Certificate. Title passes on payment under Clause 3.2.
H:15. Training and Documentation
P:15.1 The Supplier shall train at least twelve operators and two administrators of the Buyer at the depot, covering daily monitoring, alarm handling, cable replacement, gateway maintenance and Software administration, and shall test the trainees at the end of the course.
P:15.2 The Supplier shall deliver operating manuals, maintenance manuals, wiring diagrams and the as-built installation plan in Chinese and English before the trial operation starts.
P:15.3 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance and shall inform the Buyer in writing before any product is discontinued.
H:16. Force Majeure
P:A party prevented from performing by force majeure shall inform the other party without delay and provide evidence. The affected dates are extended by the period of the event. The parties shall consult on measures to limit the consequences.
H:17. Inspection at Delivery
P:On arrival at the depot the parties open the packages together and check the quantities, models and visible condition of the Equipment against the packing list. Missing or damaged items shall be replaced by the Supplier within 20 days at its own cost; this check is not acceptance.
H:18. Site Rules
P:The Supplier's engineers shall carry their own personal protective equipment and use only the depot's approved ladders and lifting equipment when working on top of the grain.
P:The Supplier shall give the Buyer the names and identity documents of its engineers at least 7 days before they arrive.
P:The Supplier's staff shall follow the depot's safety and fumigation rules, shall not enter a warehouse under fumigation and shall work under the supervision of the Buyer's storage keeper.
H:19. Miscellaneous
P:This Contract is made in English and Chinese, both equally valid, in four originals. Annex 1: technical specifications and acceptance tolerances. Annex 2: delivery and installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, Polish vendor)
H511E04 = """# MANAGED APPLICATION SUPPORT SERVICES AGREEMENT

Agreement No. OMS-NQA-2026-02

**BETWEEN**

Ningbo Qianrui Apparel Co., Ltd., 299 Xingning Road, Yinzhou District, Ningbo, People's Republic of China (the "Customer"); and

Odrabit Managed Services sp. z o.o., ul. Legnicka 55, 54-203 Wrocław, Poland (the "Provider").

**BACKGROUND**

The Customer runs Microsoft Dynamics 365 Business Central for finance, purchasing, production and warehouse operations in its Ningbo head office and two factories. The Provider supports Business Central installations for manufacturing companies and will provide managed application support and service desk services to the Customer on the terms below. The charges are stated and paid in CNY at the Customer's request.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Monthly Service Charge" and "Transition Charge" mean the charges in Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance note under Clause 4.

1.4 "Incident" means an unplanned interruption or degradation of the application, classified by priority under Schedule 2.

## 2. TERM

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date.

2.2 This Agreement expires at the end of that period. Any extension requires a written agreement of both parties.

## 3. CHARGES AND PAYMENT

3.1 The Customer pays the Transition Charge within 30 days after Transition Acceptance and the Monthly Service Charge monthly in arrears within 30 days after receipt of a correct invoice.

3.2 No charge is payable before the Service Commencement Date.

3.3 The charges are fixed for the term and include all taxes, travel and expenses.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Provider shall complete transition within 45 days after signature. Transition covers the review of the current system, knowledge transfer from the Customer's previous support provider, set-up of the service desk and documentation of runbooks.

4.2 Transition Acceptance requires: (a) runbooks for all daily, monthly and year-end procedures approved by the Customer's IT manager; (b) the service desk reachable by telephone, e-mail and portal in Chinese and English; (c) 20 shadow tickets handled correctly; and (d) a completed system health report. The Customer signs a Transition Acceptance note within five working days after the criteria are met.

4.3 If the Service Commencement Date is delayed beyond the 45th day after signature for reasons attributable to the Provider, the Provider pays CNY 900 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the Provider grants the service credits in Schedule 2, deducted from the next invoice.

## 6. CUSTOMER DATA

6.1 All data in the Customer's Business Central environment and all data provided to the Provider in connection with the Services ("Customer Data") remain the property of the Customer.

6.2 The Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

## 7. INTELLECTUAL PROPERTY

7.1 Reports, extensions, scripts, workflows and runbooks created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

7.2 The Provider's pre-existing tools remain its property; the Provider grants the Customer a free, perpetual licence to any of them embedded in a deliverable.

## 8. CONFIDENTIALITY

Each party shall keep the other party's non-public information confidential, use it only for this Agreement and not disclose it to third parties without prior written consent, during the term and for three years after it.

## 9. LIABILITY

9.1 The Provider's total aggregate liability under this Agreement is limited to the Monthly Service Charges paid by the Customer in the 6 months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit or indirect loss.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider shall name a service manager and keep a stable team with Business Central certification.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the Priority 1 resolution target in three consecutive months.

11.2 On expiry or termination the Provider shall give exit assistance for up to 30 days and hand over all documentation.

## 12. CUSTOMER RESPONSIBILITIES

12.1 The Customer shall name an IT manager as the Provider's single point of contact, give the Provider remote access to the test and production environments through the Customer's VPN, and keep its Microsoft licences in force.

12.2 The Customer shall approve configuration changes in production through its change process within the times set out in the runbooks.

## 13. GOVERNANCE AND REPORTING

13.1 The Provider shall send a monthly service report covering tickets received and closed, service level performance, credits, recurring problems, planned changes and the use of enhancement days.

13.2 The service managers of both parties shall meet monthly by video conference and quarterly in Ningbo to review the report and agree on improvement actions. The Provider bears its own travel costs.

13.3 Each monthly report includes a list of the top recurring Incidents, their root causes and the actions agreed to prevent them, with owners and target dates.

13.4 Either party may escalate an unresolved issue to the other party's senior management, who shall meet within ten working days.

## 14. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. Service credits are suspended for the duration of such an event.

## 14A. SECURITY OF ACCESS

The Provider's staff shall use only the personal accounts issued by the Customer and shall follow the Customer's IT policies while connected to its systems.

## 15. INSURANCE

The Provider shall maintain professional indemnity insurance and general liability insurance with a reputable insurer for the whole term and provide a certificate of insurance to the Customer on request.

## 15A. CHANGE CONTROL

15A.1 Either party may request a change to the Services in writing. The Provider shall respond within ten working days with the effect of the change on scope, timing and charges.

15A.2 A change becomes binding only when both parties sign a change note. Until then the Provider continues to perform the Services unchanged.

15A.3 Work within the minor enhancement allowance in Schedule 1 does not require a change note, only the written approval of the Customer's IT manager.

## 15B. EXIT

At the end of this Agreement the Provider shall hand over all runbooks, scripts, documentation and open tickets, transfer knowledge to the Customer or a successor provider and answer their questions, and return or destroy any copies of documents it holds.

## 16. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 17. GENERAL

This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing.

## SCHEDULE 1 — SERVICES

| Service | Scope | Hours |
|---|---|---|
| Service desk | first and second line support for 180 named users | Monday to Saturday, 8:00–20:00 China time |
| Application management | incident and problem management, configuration changes, user and permission administration | as service desk |
| Period-end support | month-end and year-end closing support, standby during inventory counts | as scheduled |
| Minor enhancements | reports and small extensions, up to 16 person-days per quarter | business days |
| Health checks | monthly review of performance, job queues and integrations | monthly |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution target | Credit if missed |
|---|---|---|---|---|
| Priority 1 | posting, shipping or production not possible for a site | 30 minutes | 6 hours | 5% of the Monthly Service Charge per Incident |
| Priority 2 | a major function impaired, workaround available | 2 hours | 2 business days | 2% of the Monthly Service Charge per Incident |
| Priority 3 | minor problem or question | 1 business day | 10 business days | none |

Total credits in a month shall not exceed 20% of the Monthly Service Charge.

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| Transition Charge (one-time) | 72,000 |
| Monthly Service Charge | 46,500 |
| Monthly Service Charges over 24 months | 1,116,000 |
| Total Contract Value | 1,188,000 |

**Signed** for the Customer: ____________________ Date: ________

**Signed** for the Provider: ____________________ Date: ________
"""

# ---------------------------------------------------------------- e05 (txt, Clause N, Hungarian vendor, data API subscription)
H511E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. AAD-HS-2026-011

Customer: Shandong Heshun Feed Co., Ltd., 17 Gongye North Road, Linyi, Shandong Province, People's Republic of China
Vendor: Alfold Agrodata Kft., Piac utca 21, 4025 Debrecen, Hungary

The Customer produces compound feed and buys maize, soybean meal and wheat on domestic and international markets. The Vendor operates the AgriPulse data service, which supplies grain and oilseed prices, crop condition indices and weather data through an application programming interface (API). The parties agree as follows. All fees are in CNY at the Customer's request.

Clause 1 Definitions
1.1 "API" means the AgriPulse REST interface and its documentation.
1.2 "Licensed Data" means the prices, indices, forecasts and weather data supplied through the API or in the Historical Data Package.
1.3 "Historical Data Package" means daily Licensed Data for the markets listed in Annex A from 2016 to the Subscription Start Date, in CSV and Parquet format.
1.4 "Customer Data" means the Customer's API keys, query parameters, usage logs, uploaded site and warehouse lists, and any other data the Customer provides to the Vendor.
1.5 "Subscription Year" means each period starting on the Subscription Start Date or its anniversary.

Clause 2 Subscription and Fees
2.1 The Vendor grants the Customer a non-exclusive right to access the API and to use the Licensed Data for its internal purchasing, planning and risk management, by up to 25 named users and its own systems.
2.2 The fees are:
   (a) AgriPulse Professional subscription: CNY 168,000 per Subscription Year;
   (b) Historical Data Package: CNY 36,000, one-time;
   (c) Initial Term: two Subscription Years, total subscription fees CNY 336,000.
   Total Contract Value: CNY 372,000.
2.3 The subscription includes 3,000,000 API calls per Subscription Year. Additional calls are charged at CNY 0.02 per call and invoiced quarterly in arrears; they are not part of the Total Contract Value.
2.4 The Subscription Start Date is the date on which the Customer confirms that its production API keys work. The subscription fee for each Subscription Year is invoiced on its first day and the fee for the Historical Data Package on its acceptance; each invoice is payable within 30 days. No amount is payable before the Subscription Start Date.

Clause 3 Term and Renewal
3.1 This Agreement runs for the Initial Term from the Subscription Start Date.
3.2 It renews for further Subscription Years at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

Clause 4 Delivery and Acceptance of the Historical Data Package
4.1 The Vendor shall deliver the Historical Data Package within 20 days after the Subscription Start Date.
4.2 The Customer accepts the Package when: (a) all markets and fields listed in Annex A are present; (b) there are no gaps of more than three consecutive trading days; (c) a sample of 200 records chosen by the Customer matches the published exchange settlement prices; and (d) the files load into the Customer's data warehouse without error. The Customer confirms acceptance in writing within 10 days after delivery or lists the defects, which the Vendor corrects before a new test.
4.3 For each day by which delivery of a Historical Data Package that meets the criteria is late, the Vendor pays the Customer CNY 400.

Clause 5 Service Levels
5.1 The API is available at least 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 Daily prices are published by 18:00 Beijing time on each trading day of the relevant exchange.
5.3 The Vendor responds to a Priority 1 incident (API unavailable or all data stale) within 30 minutes, at any time, and to a Priority 2 incident within 2 business hours.
5.4 If availability falls below the committed level, the Vendor credits 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it, up to half of that monthly amount. Each late Priority 1 response earns a credit of CNY 800.

Clause 6 Customer Data and Data Security
6.1 Customer Data belongs to the Customer. The Vendor uses it only to provide the service to the Customer and shall not analyse, aggregate, sell or disclose it for any other purpose, including the Customer's query patterns.
6.2 The Vendor keeps Customer Data encrypted in transit and at rest, limits access to named operations staff, logs all access and maintains ISO/IEC 27001 certification. The Customer will not send personal information through the API.
6.3 The Vendor notifies the Customer within 24 hours after it becomes aware of a security incident affecting Customer Data and compensates the Customer for the losses caused by its breach of this Clause 6.
6.4 At the end of this Agreement the Vendor deletes Customer Data within 30 days and confirms the deletion in writing.

Clause 7 Intellectual Property
7.1 The Licensed Data and the API remain the property of the Vendor and its data sources.
7.2 The Customer owns its models, dashboards, analyses and reports built with the Licensed Data, and any custom data feeds or field mappings the Vendor configures for the Customer. The Customer may use, modify and license them freely; reports given to third parties may contain Licensed Data only in summary form.
7.3 The Customer may keep and use the Historical Data Package and the Licensed Data received during the term after this Agreement ends.

Clause 8 Confidentiality
Each party keeps confidential the other party's non-public information, including the Customer's purchasing volumes and positions, and does not disclose it without prior written consent, during the term and for three years after it.

Clause 9 Liability
9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.
9.2 The limit does not apply to breaches of Clauses 6 and 8, to wilful misconduct or to gross negligence.
9.3 The Licensed Data is provided for information; the Customer takes its own trading decisions.

Clause 10 Subcontracting
The Vendor shall not subcontract any part of the service without the Customer's prior written consent, except for the data centre operator named in Annex B, which the Customer approves by signing this Agreement.

Clause 11 Termination
11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
11.2 If the Customer terminates under Clause 11.1, the Vendor refunds the fees paid for the remaining part of the current Subscription Year.

Clause 12 Governing Law and Disputes
12.1 This Agreement is governed by the laws of Hungary.
12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Permanent Arbitration Court attached to the Hungarian Chamber of Commerce and Industry in Budapest, in the English language.

Clause 13 Customer Obligations
13.1 The Customer keeps its API keys secure, uses the API within the documented rate limits and informs the Vendor of any suspected misuse of its keys.
13.2 The Customer shall not resell the Licensed Data or make it available to third parties as a data service.
13.3 The Customer names a technical contact for incidents and a commercial contact for invoices, and informs the Vendor in writing when either of them changes.

Clause 14 Data Quality and Corrections
14.1 The Vendor takes the Licensed Data from exchanges, official statistics offices and meteorological services and checks it for completeness and plausibility before publication.
14.2 If the Customer reports an error in the Licensed Data, the Vendor investigates it within one business day and publishes a correction with a note in the change log.
14.3 The Vendor informs the Customer at least 90 days in advance of any change to the API that is not backwards compatible.

Clause 14A Onboarding
14A.1 Within ten business days after signature the Vendor provides sandbox API keys, sample code in Python and Java, and a one-day remote workshop for the Customer's developers.
14A.2 The Customer may test new API versions in the sandbox before they are released to production, and reports problems through the help desk.
14A.3 The Vendor's customer success manager holds a review call with the Customer every quarter to discuss usage, new markets and planned changes to the API.

Clause 15 Force Majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, including the suspension of a source exchange or statistics office, provided that it notifies the other party promptly and resumes performance as soon as possible.

Clause 16 General
16.1 Notices are given in writing to the addresses above. 16.2 Neither party may assign this Agreement without the other party's written consent. 16.3 Annex A (markets and fields) and Annex B (data centre operator) form part of this Agreement.

For the Customer: Shandong Heshun Feed Co., Ltd.      Name / Title / Date: ____________________
For the Vendor: Alfold Agrodata Kft.      Name / Title / Date: ____________________
"""

# ---------------------------------------------------------------- files
NAMES = {
    "h511z01": ("h511z01_transport_bureau_ride_hailing_supervision_platform.pdf", "zh", H511Z01),
    "h511z02": ("h511z02_wire_rope_drawing_machine_control_retrofit.docx", "zh", H511Z02),
    "h511z03": ("h511z03_flower_chain_order_delivery_saas.txt", "zh", H511Z03),
    "h511z04": ("h511z04_museum_collection_system_annual_om.txt", "zh", H511Z04),
    "h511z05": ("h511z05_rice_noodle_aps_supplier_template.md", "zh", H511Z05),
    "h511e01": ("h511e01_furniture_nesting_software_licence_de_vendor.pdf", "en", H511E01),
    "h511e02": ("h511e02_hotel_revenue_saas_order_form_at_vendor.md", "en", H511E02),
    "h511e03": ("h511e03_grain_depot_monitoring_sensors_li_vendor.docx", "en", H511E03),
    "h511e04": ("h511e04_apparel_erp_managed_support_pl_vendor.md", "en", H511E04),
    "h511e05": ("h511e05_feed_mill_agri_data_api_hu_vendor.txt", "en", H511E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# defaults: the ordinary, compliant answer; each draft lists only what differs
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: terms, extra, TCO inputs (fee base, warranty years) and the rules I designed each draft to fire
DESIGN = {
    "h511z01": dict(category="software", value=2032000, terms=dict(
        availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, subcontract_without_consent=True,
        contract_kind="goods_or_licence"), capped=True, fee_base=1148000,
        rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h511z02": dict(category="hardware", value=1328000, terms=dict(
        p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=8, termination_for_breach=False,
        contract_kind="goods_or_licence"), capped=True, fee_base=1179600,
        rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h511z03": dict(category="cloud", value=416000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
        auto_renewal_price_increase=True),
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h511z04": dict(category="services", value=381200, terms=dict(
        availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.2),
        rules=[]),
    "h511z05": dict(category="software", value=824000, terms=dict(
        p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, liability_cap_pct=20,
        prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=22, subcontract_without_consent=None, governing_law=None,
        contract_kind="goods_or_licence"), capped=True, deemed=True, fee_base=680000,
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h511e01": dict(category="software", value=1210000, terms=dict(
        p1_response_hours=2, liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True,
        warranty_months=3, post_warranty_fee_pct=13, contract_kind="goods_or_licence"),
        capped=True, ld_stated=False, fee_base=926000,
        rules=["CR-LD-MISSING", "CR-WARRANTY"]),
    "h511e02": dict(category="cloud", value=662800, terms=dict(
        sla_remedy=False, ld_rate_per_day_pct=600 / 662800 * 100, liability_cap_pct=200,
        auto_renewal_price_increase=True), sla=False,
        rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h511e03": dict(category="hardware", value=1186000, terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, final_payment_on_acceptance=True,
        warranty_months=36, post_warranty_fee_pct=7, contract_kind="goods_or_licence"), capped=True, fee_base=1075200,
        rules=[]),
    "h511e04": dict(category="services", value=1188000, terms=dict(
        p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=900 / 1188000 * 100,
        liability_cap_pct=6 / 24 * 100),
        rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h511e05": dict(category="cloud", value=372000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=400 / 372000 * 100, liability_cap_pct=150,
        governing_law="Hungary"), forum_outside=True,
        rules=["CR-GOVERNING-LAW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    d = DESIGN[key]
    terms = dict(BASE)
    terms.update(d["terms"])
    goods = terms["contract_kind"] == "goods_or_licence"
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld_stated", True)}
    if goods:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    name, lang, _ = NAMES[key]
    return {"file": name, "language": lang, "category": d["category"],
            "expected_terms": {k: terms[k] for k in KEYS}, "expected_extra": extra}


def tco_share(key, lab):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal; purchase + implementation = contract value."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * DESIGN[key]["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def rules_from_label(key, lab):
    """My own reading of policy.md section 3 (not project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or DESIGN[key].get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NOD = r"(?<![\d.,])"
THRESH = [re.compile(p, re.I) for p in [
    NOD + r"99\.9(?!\d)",
    NOD + r"4\s*(?:个)?\s*(?:小时|钟头)", r"(?<![十])四\s*(?:个)?\s*(?:小时|钟头)", NOD + r"4[\s-]*(?:hours?|hrs?|h)\b",
    r"\bfour[\s-]*hours?\b", NOD + r"240\s*(?:分钟|min)",
    NOD + r"0?\.05(?!\d)", r"万分之五(?![十百千])", r"千分之零点五", r"百分之零点零五",
    NOD + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分零一二三四五六七八九十])", r"(?:one\s+)?hundred\s+per\s*cent",
    NOD + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s+per\s*cent",
    NOD + r"12\s*个\s*月", r"十二\s*个?\s*月", r"twelve[\s-]*months?", NOD + r"12[\s-]*months?", r"一年",
    r"\bone[\s-]*year", r"\ba\s+year\b",
    NOD + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s+per\s*cent",
    NOD + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s+per\s*cent",
    NOD + r"5\s*(?:个)?\s*年", r"(?<![〇零一二三四六七八九十])五\s*年", r"five[\s-]*years?", NOD + r"5[\s-]*years?",
    NOD + r"60[\s-]*(?:months?|个\s*月)", r"六十\s*个?\s*月", r"sixty[\s-]*months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年",
            "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年",
             "2026年", "万分之五十", "服务年度", "Subscription Year", "130%", "300%", "1,100%", "0.055%", "35%",
             "百分之三十五", "250 minutes", "15 days", "40 人天", "120 months", "25 years", "三十五", "2026年12月31日", "2025年12月"]


def hits(text):
    return [m.group(0) for p in THRESH for m in p.finditer(text)]


def scan(text, where):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        bad += hits(variant)
    assert not bad, (where, sorted(set(bad)))


def self_test():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def markup_text(src):
    return "\n".join(line.partition(":")[2].replace("|", " ") for line in src.splitlines() if line.strip())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, lang, src) in NAMES.items():
        scan(src, key + " source")
        if name.endswith((".docx", ".pdf")):
            scan(markup_text(src), key + " source text")
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    thresholds = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                      prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
    for key, (name, lang, src) in NAMES.items():
        lab = label(key)
        for k, v in thresholds.items():
            assert lab["expected_terms"][k] is None or abs(lab["expected_terms"][k] - v) > 1e-9, (key, k)
        share = tco_share(key, lab)
        assert share is None or abs(share - 40) > 2, (key, share)
        rules = rules_from_label(key, lab)
        assert rules == sorted(DESIGN[key]["rules"]), (key, rules, DESIGN[key]["rules"])
        fired |= set(rules)
        lab["expected_rules"] = rules
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        scan(text, name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print("%-62s %s %5d %s  share=%s  risk=%s  %s" % (name, lang, n, "ok" if lo <= n <= hi else "OUT OF RANGE",
              None if share is None else round(share, 2), risk(rules), ", ".join(rules) or "(none)"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("all 20 CR rules fire at least once")
