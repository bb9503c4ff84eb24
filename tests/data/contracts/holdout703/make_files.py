"""holdout703: builds the ten blind held-out drafts and their .json labels, and asserts the brief's checks.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from the sources below; .docx / .pdf through ../word_pdf.py (PDF lines broken at word
  boundaries, as in holdout15 onwards).
- The labels are written from DESIGN (key sets and order as holdout19, one-space indent, no trailing newline).
- Checks: price / payment sums, expected rules derived from the labels with my reading of policy §3 against the design
  list, coverage of all 20 CR rules, the mix, text lengths as read back, no label value on a threshold, and a
  threshold-figure regex scan (self-tested) of every built file read back raw, whitespace-collapsed and whitespace-free.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------------
# z01  器官捐献管理中心 捐献登记平台 (pdf, 第X条 + 1.1)
H703Z01 = """
T:人体器官捐献登记信息平台采购合同
P:采购项目编号：QJZC-2027-0316　　合同编号：QJOD-HT-2027-021
P:甲方（采购人）：青江市人体器官捐献管理中心
P:乙方（供应商）：杭州衡泽信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就捐献登记信息平台的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书、澄清文件及合同附件均为本合同的组成部分，内容不一致的，以对甲方更有利的为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供捐献登记信息平台软件（以下简称"平台"）的永久使用许可，许可范围为甲方及其在各区县设立的登记站点，不限用户数和终端数。
P:1.2 乙方按甲方需求完成定制开发，包括：网上及线下志愿捐献登记、登记信息核验、变更与撤销，缅怀纪念栏目，志愿者及协调员服务管理，统计分析与报表，以及与省级捐献信息系统、市政务服务统一身份认证平台的接口。
P:1.3 乙方负责历史登记数据迁移、系统部署、联调测试、人员培训及质保期内的维护服务。具体技术要求见附件一《技术需求书》。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），含增值税，其中：平台软件许可费¥620,000；定制开发费¥586,000；数据迁移及接口费¥164,000；部署实施及培训费¥98,000。
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥293,600。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥660,600。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥513,800。
P:3.4 乙方每次申请付款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付的有关规定办理。
H:第四条 交付期限
P:4.1 乙方应自合同签订之日起90日内完成平台部署并申请初步验收，自合同签订之日起150日内完成试运行并申请最终验收。
P:4.2 乙方应按附件二《实施计划》所列里程碑推进工作，每两周向甲方提交书面进度报告，并如实说明存在的问题。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现，并经甲方逐项测试通过；迁移数据经全量比对，记录条数和关键字段一致；与省级系统的接口连续10日数据交换无差错；在300名并发用户下，登记提交的平均响应时间不超过2秒。
P:5.2 初步验收后平台进入为期60日的试运行。试运行期间未发生一级故障，且第三方测评机构出具的网络安全等级保护测评结论和软件安全测试结论均为合格的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项或签收到货单据，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次巡检。
P:6.2 质保期内平台月度可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意，且安排在夜间进行。
P:6.3 故障分为三级：一级故障（平台无法登记或数据无法访问）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）2小时内响应、次日内解决；三级故障在下一版本中解决。
P:6.4 乙方未达到上述服务水平的，一级故障每迟延响应或恢复1小时，向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，向甲方支付¥2,000。上述款项可从甲方应付款项中直接扣除。
P:6.5 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥55,800），且质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、接口、数据迁移脚本及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方使用、修改。
P:7.3 乙方保证交付物不侵犯任何第三方的合法权益，因此发生的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的捐献登记信息、身份信息、健康信息及其他业务数据均属于甲方。乙方不得将其用于本合同以外的任何目的，不得留存副本或向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护第三级的要求，对敏感个人信息加密存储和传输，运维操作经甲方堡垒机进行并留存审计日志，测试一律使用甲方提供的去标识化数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在发现后1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政责任和第三方索赔。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密以及捐献者和家属的信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其违反保密义务的行为承担责任。
H:第十条 违约责任
P:10.1 乙方未按第四条约定的期限申请初步验收或最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 一方违约给对方造成损失的，除支付违约金外，还应赔偿对方的实际损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大疫情等不可抗力致使一方不能履行合同的，受影响一方应在3日内书面通知对方，并在15日内提供有关证明。
P:14.2 因不可抗力不能履行合同的，根据不可抗力的影响，部分或者全部免除责任，但法律另有规定的除外。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 附件：一、技术需求书；二、实施计划；三、报价明细。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　　　授权代表：
P:日期：　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------------
# z02  冲浪板厂 成型及层压线控制系统改造 + 维保 (docx, 第X条, Word price table)
H703Z02 = """
T:泡沫芯材成型及层压生产线控制系统改造合同
P:合同编号：XMLY-SB-2027-008
P:甲方：厦门浪屿冲浪板制造有限公司
P:乙方：苏州恒屹自动化工程有限公司
P:甲方委托乙方对其第二车间泡沫芯材数控成型线及玻纤层压线的电气控制系统进行改造，并由乙方提供配套软件和维保服务。双方经友好协商，订立本合同，共同遵守。
H:第一条 工作范围
P:1.1 乙方负责拆除原有继电器控制柜，更换PLC控制系统、伺服驱动及人机界面；为两台五轴数控成型机加装新型运动控制器；为层压工位加装树脂计量泵控制单元、温湿度传感器及真空度传感器；部署生产监控软件；完成安装、调试、试生产及操作培训。
P:1.2 乙方为甲方定制开发工艺配方管理模块，以及与甲方ERP系统之间的生产工单接口。
P:1.3 乙方应提交电气原理图、接线图、PLC程序、HMI组态文件、备品备件清单、操作手册和维护手册，纸质版一式三份并附电子版。
P:1.4 改造后的控制系统应保留原有成型刀路程序的导入功能，并支持甲方现有板型数据库中全部板型的调用。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾万零贰仟元整（¥1,502,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及分布式I/O|4套|386,000
TB:2|伺服驱动器及电机|18套|298,000
TB:3|五轴运动控制器|2套|224,000
TB:4|树脂计量泵控制单元及传感器|1批|168,000
TB:5|生产监控软件许可（含配方管理基础模块）|1套|160,000
TB:|设备及软件小计||1,236,000
TB:6|安装调试及试生产|1项|158,000
TB:7|配方管理定制开发及ERP接口|1项|86,000
TB:8|操作及维护培训|1项|22,000
TB:|合计||1,502,000
P:2.2 上述价格含税，并包含运输、保险、安装辅材、旧设备拆除及乙方人员差旅等全部费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥150,200。
P:3.2 设备全部到货并安装完毕后10个工作日内，甲方支付合同总价的55%，即¥826,100。到货签收和安装完毕均不视为验收。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥525,700。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同签订后60日内将设备运至甲方工厂，并在甲方安排的停产检修窗口内完成安装调试，窗口期为20日。
P:4.2 乙方应在设备发运前5日通知甲方，甲方可派员到乙方工厂参加出厂检验，出厂检验不代替最终验收。
P:4.3 乙方应按双方确认的施工计划推进工作；如发生延误，乙方应及时书面说明原因，增派人员、调整方案，采取补救措施尽快完成。
H:第五条 验收
P:5.1 验收标准：成型机各轴定位精度达到±0.08mm；成型机连续72小时空载及带载运行无故障；层压工位树脂配比误差不超过±1%；真空度及温湿度数据采集完整，上传间隔不超过5秒；配方下发与ERP工单同步准确；连续试生产15个班次，产品一次合格率不低于改造前三个月的平均水平。
P:5.2 满足上述标准后，双方签署最终验收报告。设备到货、安装完毕、开机试产或甲方投入使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改并重新申请验收，整改费用由乙方承担。
P:5.4 申请验收时，乙方应提交设备出厂合格证、检测报告、软件授权证书、竣工图纸和第一条约定的全部技术文档。
H:第六条 质保与维保
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费维修、更换故障部件，并免费提供软件升级。
P:6.2 乙方按下表响应故障：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|整线停机或安全联锁失效|1小时内|6小时内|24小时内
TB:二级|单台设备或单个工位停机|2小时内|次日|48小时内
TB:三级|不影响生产的一般问题|8小时内|按计划|下次巡检时
P:6.3 乙方每迟延响应或到场1小时，向甲方支付¥800；一级故障超过修复时间的，每超过1小时向甲方支付¥1,500，甲方可从应付款项中扣除。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费不超过设备及软件小计的7%，即每年不超过¥86,520，质保期满后三年内保持不变。维保合同由双方另行签订，不自动续期。
P:6.5 乙方应在质保期内每半年进行一次预防性巡检，检查伺服、传感器及控制柜状态，并提交巡检报告。
H:第七条 知识产权
P:7.1 生产监控软件的知识产权归乙方，甲方获得永久、不可撤销的使用许可。
P:7.2 定制开发的配方管理模块、ERP接口程序及其源代码，以及本项目的PLC程序、HMI组态文件，均归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 工艺配方、生产数据及设备运行数据均属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN和堡垒机进行，操作全程记录；乙方设备接入甲方工控网络前须完成病毒查杀。
P:8.3 发生数据泄露、篡改或工控安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或维保结束时，乙方应删除其持有的甲方全部数据和程序备份，并出具书面确认。
H:第九条 保密
P:乙方对甲方的工艺配方、板型设计、产能、采购价格及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，也不得用于为其他客户提供服务。乙方应要求其参与本项目的人员遵守同等义务。保密义务在合同终止后持续有效。
H:第十条 分包
P:乙方可将电气柜安装、桥架敷设等辅助工作分包给具有相应资质的单位，但应在分包单位进场前3个工作日书面告知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 培训与安全施工
P:11.1 乙方应对甲方操作人员和设备维护人员进行不少于5个班次的现场培训，培训内容包括系统操作、配方管理、常见故障处理和安全联锁检查，培训结束后进行考核。
P:11.2 乙方施工人员应遵守甲方的安全生产和消防管理制度，动火、登高及带电作业须办理作业许可。树脂和溶剂存放区域内禁止使用明火。
P:11.3 乙方应做好施工现场的防尘和清洁，每日完工后清理现场，不得影响相邻生产线的正常生产。
H:第十二条 违约责任
P:12.1 一方违约的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。
P:12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:12.3 乙方施工造成甲方设备损坏或人员伤害的，由乙方负责修复并赔偿。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 不可抗力
P:因不可抗力致使一方不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交厦门仲裁委员会按其仲裁规则仲裁。
H:第十六条 其他
P:双方联系人及通知地址以合同首页记载为准，一方变更的，应提前5日书面通知对方。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------------
# z03  40 家连锁口才培训门店 预约及会员 SaaS + 实施 (txt, 一、/（一）/1.)
H703Z03 = """连锁口才培训门店预约与会员管理系统服务合同

合同编号：YZYD-SaaS-2027-015
甲方：杭州言之有道文化培训有限公司
乙方：南京云栈软件科技有限公司

鉴于甲方在浙江省经营40家口才及演讲培训门店，需要统一的课程预约、排课、会员及储值卡管理系统，乙方以软件即服务（SaaS）方式提供“云栈教培”系统并负责实施，双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方及其40家门店提供以下SaaS服务：
1. 线上课程预约、试听登记与排课，支持微信小程序和门店前台两种入口；
2. 会员档案、储值卡、课时包、积分及续费提醒；
3. 教师课表、课时统计及课时费明细导出；
4. 经营报表，包括门店客流、试听转化率、续费率及课消统计；
5. 与甲方现有收银系统及企业微信的接口。
（二）乙方负责实施，包括系统配置、历史会员及课时数据迁移、接口开发，以及对门店店长和前台人员的培训。
（三）乙方应为甲方开通测试环境，供甲方在新功能或新门店上线前验证使用。
（四）服务期为两个服务年度。第一服务年度自系统上线验收合格次日起算，第二服务年度紧接第一服务年度。

二、费用及支付
（一）合同总价为人民币伍拾陆万贰仟元整（¥562,000），其中：
1. 订阅服务费每服务年度¥238,000（40家门店，每店每服务年度¥5,950），两个服务年度合计¥476,000；
2. 一次性实施费¥86,000。
（二）实施费在上线验收合格后15个工作日内支付。
（三）每个服务年度的订阅服务费，在该服务年度开始后15个工作日内凭发票支付。乙方应在每个服务年度开始前10日提交付款通知。
（四）乙方应在收款前开具增值税普通发票。
（五）服务期内订阅服务费固定不变，不因乙方产品目录价格的调整而变化。

三、实施与验收
（一）乙方应在合同签订后45日内完成全部门店的配置、数据迁移及培训，并书面申请上线验收。
（二）上线验收标准：
1. 第一条所列功能全部可用，并已在甲方指定的3家试点门店连续运行10个营业日；
2. 迁移的会员信息、储值余额及剩余课时与原系统逐条核对一致；
3. 收银系统及企业微信接口的数据同步延迟不超过1分钟；
4. 200个并发预约请求下页面响应时间不超过2秒；
5. 门店前台小票打印及预约短信通知功能正常。
（三）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。系统试用或上线运行均不视为验收合格；验收不合格的，乙方应在7日内整改。
（四）上线验收合格后，乙方应继续提供为期两周的门店巡回支持，协助前台人员熟悉操作。
（五）乙方未按本条第（一）项约定期限申请上线验收的，每逾期一日，向甲方支付违约金¥600。

四、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在22:00至次日7:00之间，并提前2日通知甲方。
（二）故障响应：一级故障（全部门店无法预约或无法收款）15分钟内响应、2小时内恢复；二级故障（单一功能或部分门店受影响）1小时内响应、当日内解决；一般问题在2个工作日内解决。
（三）乙方应提供工作日9:00至21:00的电话及在线客服，并每月向甲方提交服务报告，报告应包括可用率、故障清单及处理结果。
（四）未达到前述服务水平的，以服务抵扣当月服务费：月度可用率每低于约定值0.5个百分点，抵扣当月服务费的5%；一级故障超过恢复时限的，每超过1小时抵扣¥500。

五、数据安全与数据归属
（一）甲方及学员的会员信息、预约记录、交易数据及经营数据均属于甲方。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）系统部署于中国境内，已通过网络安全等级保护第三级测评；学员手机号等个人信息加密存储，后台访问按最小权限授权并留存操作日志。
（三）发生数据泄露或可能泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的全部损失由乙方承担。
（四）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并删除副本、出具删除证明。
（五）乙方应每日对甲方数据进行备份，备份数据保存不少于30日，并每半年进行一次恢复演练，演练结果书面告知甲方。

六、知识产权
系统平台的知识产权归乙方。乙方为甲方开发的接口程序、定制报表及配置方案归甲方所有，甲方可自由使用和修改，并可交由第三方维护。乙方保证系统及交付物不侵犯任何第三方的知识产权，否则由乙方负责处理并承担全部责任。

七、保密
双方对在合作中获悉的对方商业秘密、学员信息及经营数据负有保密义务，未经对方书面同意不得披露。乙方应与参与本项目的员工签订保密协议。保密义务在合同终止后继续有效，直至相关信息依法公开。

八、续期与价格调整
（一）服务期满前30日内，任何一方均未书面提出不续期的，本合同自动续期一个服务年度，此后依此类推。
（二）每次续期时，乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一服务年度费用的8%，乙方在续期前书面通知甲方即可，无须另行协商。

九、分包
乙方不得将本合同项下的服务分包给第三方。乙方使用的云计算基础设施服务商为阿里云，如需更换，应事先取得甲方书面同意。乙方对其员工及云服务商的行为向甲方承担责任。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，且在收到甲方书面通知后10日内未纠正的，甲方有权解除本合同，乙方应退还未履行期间的服务费，并按第五条第（四）项返还数据。
（二）月度可用率连续两个月低于约定值的，甲方有权解除本合同。

十二、甲方义务
（一）甲方应指定项目负责人1名及各门店联系人，负责需求确认、数据提供和验收组织。
（二）甲方应保证提供给乙方的历史会员数据真实、完整，并已依法取得学员的同意。
（三）甲方应妥善保管系统管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十三、培训与服务变更
（一）乙方应在上线前对40家门店的店长和前台人员分批进行培训，每批不少于半天，并提供操作视频和常见问题手册。
（二）服务期内甲方新开门店的，乙方应在接到通知后5个工作日内完成开通，新增门店的费用由双方另行签订补充协议确定。
（三）乙方对系统进行重大版本升级的，应提前7日通知甲方，并保证升级不影响门店营业时间内的正常使用。

十四、不可抗力
因不可抗力或电信运营商骨干网络故障导致服务中断的，受影响一方应及时通知对方，并尽力减少损失。该等中断时间不计入可用率考核，但乙方应在中断结束后24小时内提交书面说明。

十五、通知与廉洁
（一）本合同项下的通知以书面形式发送至合同首页所列地址或双方确认的电子邮箱，电子邮件发出后即视为送达。
（二）双方人员不得索取或收受对方的财物或其他利益。发现违反的，另一方有权要求更换相关人员。

十六、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十七、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。附件：1. 功能清单；2. 门店清单；3. 实施计划。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------------
# z04  社科院 科研管理系统 运维服务 (txt, 第X条 + 1. items), 竞争性磋商
H703Z04 = """科研管理系统运维服务合同

项目编号：DHSKY-CS-2027-004（竞争性磋商）
合同编号：DHSKY-YW-2027-011
甲方：东海市社会科学院
乙方：上海启衡信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方科研管理系统的运行维护服务，经协商一致，订立本合同。

第一条 服务范围
乙方为甲方科研管理系统（含课题申报、立项管理、经费管理、成果管理、科研考核、学术会议六个模块）及其数据库、中间件和应用服务器提供运行维护服务，包括：
1. 每日巡检和每周性能分析；
2. 故障受理、诊断和处理；
3. 每日数据备份、每季度一次恢复演练；
4. 操作系统、数据库及中间件的安全补丁评估与安装；
5. 小型功能调整，全年合计不超过60人日；
6. 用户咨询与操作指导；
7. 课题集中申报期和年度考核期的驻场保障；
8. 配合甲方完成网络安全等级保护测评、年度安全检查中与本系统有关的整改工作。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止，节假日的驻场安排按甲方作息执行。期满后如需继续，双方另行签订合同，本合同不自动续期。

第三条 服务费用及支付
1. 服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税，包括人员、工具、差旅及乙方完成本合同服务的其他全部费用。
2. 服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核后15个工作日内支付当季服务费¥96,500，按第六条应扣减的金额从中扣除。
3. 服务期内服务费固定不变，乙方不得以人工成本上涨等理由要求调整。
4. 乙方应在收款前开具增值税发票。

第四条 服务团队
1. 乙方安排驻场工程师1名，工作日8:30至17:30在甲方现场工作，另配备项目经理1名、数据库工程师1名提供远程支持。
2. 驻场工程师每月出勤不得少于20个工作日，请假须提前报甲方同意，并安排替岗人员。
3. 乙方更换驻场工程师或项目经理，应提前10日书面通知并经甲方同意，接替人员的资质不得低于原人员。

第五条 服务水平
1. 系统月度可用率不低于99.95%，计划内维护须经甲方同意。
2. 一级故障（系统整体不可用、数据库故障，或申报截止前用户无法提交）：15分钟内响应，1小时内到场，3小时内恢复。
3. 二级故障（单个模块不可用）：30分钟内响应，当日内解决。
4. 三级故障及一般咨询：2小时内响应，3个工作日内解决。
5. 乙方应设立全天候故障受理电话，节假日安排值班人员，保证故障报告随时有人受理。
6. 乙方每月5日前提交上月运维报告，内容包括巡检记录、故障处理、备份情况和改进建议。

第六条 服务考核与扣减
1. 一级故障每迟延响应、到场或恢复1小时，扣减服务费¥500；二级故障每迟延1小时，扣减服务费¥200。
2. 月度可用率每低于约定值0.01个百分点，扣减服务费¥300。
3. 甲方每季度按考核细则对乙方评分，得分低于85分的，每低1分扣减当季服务费的1%。

第七条 服务交接与验收
1. 乙方应在合同签订后10日内完成服务交接，交接验收标准为：系统环境及配置核查完毕，形成资产清单和配置基线；全部管理员账号和权限移交到位；备份策略经恢复测试验证有效；运维文档清单经甲方确认。
2. 服务期满前，甲方组织服务验收，标准为：全年各项服务水平达标或已按第六条扣减；月度报告和演练记录齐全；运维文档更新至最新状态；全部账号、数据和文档完成移交。
3. 交接验收或服务验收不合格的，乙方应在5日内完成整改并重新提交验收。
4. 驻场开始或甲方付款均不视为交接验收合格。

第八条 违约金
1. 乙方未按第七条第1款约定的期限完成服务交接，或驻场工程师未按约定时间到位的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方未经甲方同意擅自更换人员的，每人次支付违约金¥3,000。

第九条 数据安全
1. 科研管理系统中的课题、经费、成果、专家及人员信息等数据均属于甲方，乙方仅为履行本合同处理上述数据，不得用于其他目的。
2. 乙方运维操作一律通过甲方堡垒机进行，禁止将数据拷贝至甲方网络以外的任何介质或系统；确需导出数据的，须经甲方书面批准并登记。
3. 乙方应落实网络安全等级保护第二级的管理要求，配合甲方开展安全检查和漏洞整改。
4. 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在发现后2小时内报告甲方并采取处置措施。因乙方原因造成的，乙方承担全部赔偿责任。
5. 服务期满或合同解除时，乙方应删除其因履行本合同而持有的甲方数据，并出具书面确认。

第十条 知识产权
运维过程中形成的脚本、配置文档、报告，以及小型功能调整所形成的程序和源代码，知识产权均归甲方所有。乙方保证其使用的运维工具不侵犯第三方的合法权益。

第十一条 责任限制
乙方在本合同项下对甲方承担的赔偿责任总额，以合同总价的50%为限。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给第三方，也不得安排非本公司员工参与运维工作。

第十三条 合同解除
1. 乙方严重违约，经甲方书面催告后7日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算服务费。
2. 连续两个季度考核得分低于70分的，甲方有权解除本合同。
3. 合同解除或期满时，乙方应配合甲方或新服务商完成交接，交接期不少于15日，交接期间服务质量不得降低。

第十四条 甲方义务
1. 甲方应指定运维联系人，负责工单确认、服务考核和验收组织。
2. 甲方应为驻场工程师提供办公场所、网络接入和必要的系统访问权限，并及时告知系统使用计划和业务高峰安排。
3. 甲方对系统进行重大调整或引入其他服务商的，应提前通知乙方，以便乙方调整运维方案。

第十五条 人员与现场管理
1. 乙方驻场及远程运维人员应具备相应的专业资格，进场前须提交身份证明、资格证书和无犯罪记录证明，经甲方审核后方可进场。
2. 乙方人员应遵守甲方的机房管理、门禁和信息安全管理制度，进入机房须登记并由甲方人员陪同。
3. 乙方人员离场时，应交回门禁卡、系统账号及全部资料。
4. 乙方人员在甲方现场发生的人身伤害或造成第三方损害的，由乙方负责处理。

第十六条 运维文档
乙方应建立完整的运维档案，包括系统架构图、配置清单、变更记录、故障记录、备份及恢复记录，每季度更新一次，并于服务期满时全部移交甲方。运维档案归甲方所有。

第十七条 不可抗力
因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明；根据不可抗力的影响，部分或全部免除责任。不可抗力期间，乙方仍应尽力协助甲方保障系统的基本运行。

第十八条 通知与廉洁
1. 本合同项下的通知以书面形式发送至合同首页所列地址或双方确认的电子邮箱。
2. 乙方不得向甲方工作人员提供任何形式的财物或其他利益，违反的，甲方有权解除合同。

第十九条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，协商不成的，向甲方所在地人民法院提起诉讼。

第二十条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件：1. 系统及设备清单；2. 考核细则。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------------
# z05  泥塑工艺厂 生产追溯软件 licence + 定制开发, 乙方标准文本 (md, ## 第X条, markdown price table)
H703Z05 = """# 塑源泥塑生产追溯管理软件销售及定制开发合同

（塑源软件标准合同文本 V3.0）

合同编号：SY-XS-2027-0142

甲方：津门泥人坊工艺品厂

乙方：无锡塑源信息科技有限公司

甲方向乙方购买塑源泥塑生产追溯管理软件，并委托乙方进行定制开发。本合同条款由乙方提供，甲方已仔细阅读并理解。双方本着平等自愿的原则，经协商一致订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供塑源泥塑生产追溯管理软件（以下简称“软件”）的使用许可，覆盖取泥练泥、制模翻模、成型修坯、阴干、彩绘、包装入库全流程，许可用户数为50个。
2. 乙方为甲方定制开发以下功能：彩绘工序计件工时统计、模具寿命台账、订单及单件作品追溯条码、与甲方财务软件的数据导出接口。
3. 乙方负责软件安装部署、基础数据初始化及操作培训。定制开发功能以双方签字确认的《定制开发需求说明》为准，需求说明之外的内容不属于本合同范围。
4. 软件许可为永久许可，仅限甲方在其位于天津市西青区的生产厂区内部使用。甲方增加用户数的，按乙方当时的报价另行购买。
5. 软件运行所需的服务器、数据库软件、条码打印机及扫码枪由甲方自行采购，乙方提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 塑源泥塑生产追溯管理软件许可 | 50用户 | 696,000 |
| 2 | 定制开发（计件工时、模具台账、追溯条码、导出接口） | 1项 | 198,000 |
| 3 | 实施部署及培训 | 1项 | 74,000 |
| | 合计 | | 968,000 |

合同总价为人民币玖拾陆万捌仟元整（¥968,000），含税，包括软件许可费、定制开发费及实施费，不包括服务器、数据库软件、条码设备等硬件及第三方软件的费用。

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的65%，即¥629,200。乙方收到该笔款项后启动实施。
2. 软件上线后5个工作日内，甲方支付合同总价的35%，即¥338,800。
3. 甲方逾期付款的，乙方有权暂停实施和服务，工期相应顺延。
4. 乙方在收到款项后开具增值税普通发票。

## 第四条 交付

1. 乙方应在收到第三条第1款款项后60日内完成软件部署和定制功能开发，并通知甲方上线。
2. 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。
3. 因甲方未及时提供场地、网络、基础数据或配合人员造成的延误，乙方不承担责任。
4. 乙方交付的内容包括软件安装介质、授权文件、用户手册和管理员手册。

## 第五条 上线与验收

1. 乙方完成部署并书面通知甲方后，软件即上线运行。
2. 软件上线运行即视为甲方验收合格。
3. 上线后甲方提出的功能调整或新增需求，按变更处理，费用另行协商。

## 第六条 免费维护期

1. 免费维护期为软件上线之日起六个月。
2. 免费维护期内提供的软件升级仅限于缺陷修复补丁，不包括新的版本。
3. 免费维护期内，乙方通过电话、远程方式提供软件缺陷修复和使用咨询服务。现场服务的差旅费用由甲方承担。
4. 免费维护期届满后，无论甲方是否购买维护服务，均不影响软件使用许可的效力。

## 第七条 维护服务

1. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的26%，即每年¥180,960。
2. 一级故障（软件无法登录或无法录入生产数据）乙方在8小时内响应；其他故障在2个工作日内响应。
3. 乙方将以合理努力修复故障，但不因故障或响应迟延向甲方承担任何扣款、赔偿或违约金。
4. 年度维护费在每个维护年度开始前一次性支付。维护服务内容包括缺陷修复、远程技术支持、版本升级及每年一次远程健康检查。
5. 甲方未购买维护服务的，乙方不再提供缺陷修复和升级；甲方日后恢复购买的，应补交中断期间的维护费。

## 第八条 知识产权

1. 软件及定制开发成果（包括源代码、数据库设计、条码规则、接口程序及相关文档）的知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程，也不得提供给任何第三方使用。

## 第九条 数据

1. 甲方录入软件的生产数据归甲方所有。
2. 乙方有权在去除甲方名称等标识信息后，将上述数据用于产品改进、行业分析以及向其他客户提供的对标服务。
3. 乙方对其运维的服务器采取访问控制、加密备份和日志审计等安全措施。发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因造成的损失，由乙方依法赔偿。
4. 甲方应自行负责其服务器上数据的日常备份。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。乙方可在其宣传材料和客户名单中使用甲方的名称。

## 第十一条 违约责任

1. 任何一方违反本合同约定的，应当承担违约责任，赔偿对方因此遭受的直接损失。
2. 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，甲方已支付的软件许可费不予退还，但因乙方违约解除的除外。

## 第十三条 甲方义务

1. 甲方应指定项目负责人，及时确认需求、提供基础数据并组织人员参加培训。
2. 甲方应提供符合乙方配置建议的服务器和网络环境，并保证软件运行环境的安全稳定。
3. 甲方应在上线前完成物料、模具、工序及员工等基础数据的整理，并按乙方模板导入。
4. 甲方应按乙方提供的操作手册使用软件，因甲方违规操作、擅自修改数据库或感染病毒造成的损失，由甲方自行承担。

## 第十四条 培训

1. 乙方在上线前为甲方提供两次集中培训，每次一天，培训对象为甲方的管理人员、班组长和系统管理员。
2. 培训采用乙方标准课件，培训地点在甲方厂区。超出上述范围的培训，按乙方服务价格另行收费。

## 第十五条 第三方软件

软件中包含的第三方开源组件，按其各自的许可条款使用。乙方对第三方组件的缺陷不承担责任，但应协助甲方获取相应的修复版本。

## 第十六条 免责

1. 因甲方网络、服务器、电力等外部环境故障，或因甲方未及时升级软件造成的损失，乙方不承担责任。
2. 乙方不保证软件完全满足甲方的全部业务需求，也不保证软件运行不中断或没有任何错误。
3. 乙方对甲方根据软件输出结果作出的经营决策不承担责任。

## 第十七条 不可抗力

因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十八条 通知

本合同项下的通知可通过电子邮件、即时通讯工具或书面方式送达合同首页所列联系人，发出即视为送达。一方变更联系人的，应及时通知对方。

## 第十九条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第二十条 其他

1. 本合同为乙方标准合同文本，双方另有书面约定的除外。
2. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
3. 本合同附件为：软件功能清单、定制开发需求说明。附件与正文不一致的，以正文为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------------
# e01  perpetual licence + services, vendor in Malang, Indonesian law (pdf, Article N with N.N)
H703E01 = """
T:Software Licence and Services Agreement
P:Agreement No. KSD-MB-2027-017
P:This Software Licence and Services Agreement (the "Agreement") is made between PT Kawi Solusi Digital, a limited liability company established under the laws of the Republic of Indonesia with its registered office at Jalan Soekarno-Hatta No. 88, Malang, East Java, Indonesia (the "Vendor"), and Fujian Minbei Tea Processing Co., Ltd., a company established in the People's Republic of China with its registered office in Nanping, Fujian Province (the "Customer").
P:The Customer operates four tea processing plants and wishes to license the Vendor's KawiMaint plant maintenance and quality management software, and to have the Vendor configure, implement and support it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KawiMaint software in object code, version 6.2 or any later version delivered under this Agreement, together with its user and administrator documentation.
P:1.2 "Services" means the implementation, configuration, interface development, data migration, training and support services described in this Agreement and in Annex 1 (Statement of Work).
P:1.3 "Custom Deliverables" means the configurations, workflows, report templates, interface programs, migration scripts and related documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.4 "Go-Live" means the first day on which the Software is used in production at all four plants. "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
P:1.5 "Customer Data" means all data entered into, processed by or generated by the Software in the course of the Customer's business, including equipment records, maintenance history, batch quality records and personnel data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in the People's Republic of China, for up to 180 named users and four plant sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,286,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 742,000; implementation and configuration CNY 386,000; data migration and interfaces CNY 96,000; training CNY 62,000.
P:3.2 The price is fixed and covers all travel, accommodation and other expenses of the Vendor's personnel, whether they work on site in Fujian or remotely from Indonesia.
H:Article 4 Payment
P:4.1 The Customer shall pay the price in three instalments against the Vendor's valid invoice: (a) 20% (CNY 257,200) within 30 days after signature of this Agreement; (b) 45% (CNY 578,700) within 30 days after Go-Live; and (c) 35% (CNY 450,100) within 30 days after Final Acceptance.
P:4.2 Payments are made in CNY by bank transfer to the account named in Annex 2. The Customer may withhold any amount disputed in good faith.
H:Article 5 Delivery, Go-Live and Acceptance
P:5.1 The Vendor shall deliver the Software within 14 days after the Effective Date, achieve Go-Live within 120 days after the Effective Date, and request Final Acceptance within 60 days after Go-Live, in accordance with the project plan in Annex 1.
P:5.2 Final Acceptance requires that: (a) every function listed in Annex 1 passes the agreed acceptance test scripts; (b) the migrated equipment register and maintenance history reconcile with the source records in record counts and totals; (c) the interfaces with the Customer's ERP and laboratory systems exchange data without error for 20 consecutive working days; (d) standard screens open within 3 seconds for 120 concurrent users; and (e) no Severity 1 or Severity 2 defect has occurred during the 60 days after Go-Live.
P:5.3 Go-Live, production use of the Software, or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test within 15 days.
P:5.4 If the Vendor fails to achieve Go-Live or to request Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Annex 1 for a warranty period of eighteen (18) months after Final Acceptance. During the warranty period the Vendor shall correct defects, provide new versions and patches, and give remote and on-site support free of charge.
P:6.2 The Vendor shall respond to incidents as follows: Severity 1 (Software unavailable at any plant, or batch quality records cannot be saved) within 1 hour, with a workaround within 8 hours; Severity 2 (a major function unavailable) within 2 hours; Severity 3 (minor issues) within one working day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 600, which the Customer may deduct from any amount due to the Vendor.
P:6.4 After the warranty period, the Vendor shall, at the Customer's option, provide annual support for an annual fee of 11% of the Licence Fee (CNY 81,620 per year). This fee is fixed for the first three years after the warranty period and may thereafter be increased only by written agreement. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, whether in identifiable, aggregated or any other form.
P:8.2 The Software is installed on the Customer's own servers in Nanping. The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and with the Customer's approval for each session, and shall not copy Customer Data outside the Customer's systems. Any personal information shall be handled in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data and shall cooperate in remedying it. The Vendor is liable for all losses caused by a breach of this Article 8 by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's processing methods, recipes and production volumes, and shall use it only for the purposes of this Agreement.
P:9.2 This obligation does not apply to information that is or becomes public without fault of the receiving party, or that must be disclosed by law. It survives for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 200% of the total price, except for liability for personal injury, wilful misconduct, breach of Article 8 or Article 9, and infringement indemnities under Article 7.3, which are not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date") and continues until all obligations have been performed. The licence in Article 2 survives termination unless the Customer has failed to pay the Licence Fee.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.3 The Customer may also terminate this Agreement if the liquidated damages under Article 5.4 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for Services not performed.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly.
P:13.2 If a force majeure event continues for more than 90 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:14.2 Any dispute arising out of or in connection with this Agreement that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration administered by the Indonesian National Board of Arbitration (BANI) in Surabaya, in the English language, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:Annex 1: Statement of Work and project plan. Annex 2: Price details and bank account.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# e02  SaaS order form (Part A A1-A6 + General Terms Part B), vendor in Cirebon (md, fee table)
H703E02 = """# RuteKu Field Sales Platform — Order Form

**Order Form No.** GAT-CN-2027-0081

This Order Form consists of Part A (Commercial Terms) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## Part A — Commercial Terms

### A1. Parties

- **Provider:** PT Grage Awan Teknologi, Jalan Kartini No. 21, Cirebon, West Java, Indonesia.
- **Customer:** Hunan Xiangyun Snack Foods Co., Ltd., Changsha Economic and Technological Development Zone, Hunan Province, People's Republic of China.

### A2. Service and Subscription Term

1. **Service:** the RuteKu field sales platform, delivered as software-as-a-service, comprising route planning, store visit check-in with photo capture, mobile order taking, van stock, promotions tracking and sales dashboards, for up to 400 named field users and 60 back-office users.
2. **Onboarding Services:** configuration of the Customer's sales territories, store master data and product catalogue; import of historical store and order data; an interface with the Customer's ERP system for orders, invoices and stock; and training of regional managers.
3. **Subscription Term:** 36 months from the Service Start Date. "Contract Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries. The Service Start Date is the date of Onboarding Acceptance under A5.
4. This Order Form does not renew automatically. Any extension of the Subscription Term requires a new order form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 400 field users × CNY 465 per Contract Year | 186,000 per Contract Year |
| Subscription fees for the Subscription Term | 3 Contract Years | 558,000 |
| Onboarding Services | one-time, fixed price | 42,000 |
| **Total Fees** | | **600,000** |

All fees are in CNY and include value-added tax. The subscription fee is fixed for the Subscription Term. Additional users may be added at the same unit price, prorated to the end of the current Contract Year.

### A4. Invoicing and Payment

1. The Onboarding Services fee is invoiced on Onboarding Acceptance.
2. The subscription fee for each Contract Year is invoiced on the first day of that Contract Year.
3. Invoices are payable within 30 days of receipt by bank transfer to the Provider's account in Shanghai stated on the invoice.

### A5. Onboarding and Acceptance

1. The Provider shall complete the Onboarding Services and make the Service ready for acceptance testing within 75 days after signature of this Order Form.
2. Onboarding Acceptance requires that: (a) the territories, stores and product catalogue are loaded and reconcile with the Customer's master data; (b) orders entered on the mobile app reach the ERP system and invoices and stock levels return to the app correctly for ten consecutive working days; (c) the mobile app works offline and synchronises when the connection returns; and (d) a pilot with 40 field users in two regions completes without an unresolved critical defect.
3. The Customer shall complete the acceptance tests within 10 working days after the Provider's notice of readiness and shall sign an Onboarding Acceptance certificate or list the failed criteria. Use of the Service during the pilot is not acceptance.
4. If the Service is not ready for acceptance testing by the date in A5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, which the Customer may set off against any fees.

### A6. Order of Precedence and Signatures

Part A prevails over Part B if they conflict. Any terms printed on the Customer's purchase orders do not apply.

For the Provider: ____________________   For the Customer: ____________________

## Part B — General Terms

### 1. Use of the Service

1.1 The Provider grants the Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

1.2 The Customer is responsible for its users' compliance with this Order Form and for keeping their login credentials secure.

1.3 The Customer shall not resell the Service, use it to build a competing product, or attempt to access the Service other than through the interfaces the Provider makes available.

### 2. Availability and Support

2.1 The Provider will use commercially reasonable efforts to make the Service available and to perform maintenance outside the Customer's normal business hours where practicable.

2.2 Support is provided by e-mail and through the Provider's ticket portal during the Provider's business hours, Monday to Friday, in English and Chinese. The Provider will respond to and work on tickets as soon as reasonably practicable, taking into account their impact on the Customer.

2.3 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A2.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Service by or for the Customer, including store, order, price, stock and photo data and personal information of the Customer's staff and store contacts. Customer Data belongs to the Customer.

3.2 The Provider shall process Customer Data only to provide the Service and the Onboarding Services, and shall not use it for any other purpose or disclose it to any third party except as allowed in Section 6.

3.3 The Service and all Customer Data are hosted on a cloud platform in mainland China. The Provider maintains a security programme that includes encryption of Customer Data in transit and at rest, role-based access control with multi-factor authentication for administrators, logging of administrative access, and daily backups kept for 35 days.

3.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and is liable for the losses the Customer suffers as a result of a security breach caused by the Provider or its subcontractors.

3.5 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it, confirming deletion in writing.

### 4. Intellectual Property

4.1 The Provider retains all rights in the Service and its underlying software.

4.2 The territory models, route templates, report designs and the ERP interface configuration created for the Customer during the Onboarding Services belong to the Customer, which may use, modify and have them used by third parties without restriction.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

5.2 Confidential information includes the Customer's customer lists, prices, promotion plans and sales volumes. The obligation continues for three years after the end of the Subscription Term.

### 6. Subcontractors and Subprocessors

6.1 The Provider may use subcontractors and subprocessors, including its affiliates and hosting providers, to provide the Service and the Onboarding Services.

6.2 The Provider will notify the Customer by e-mail of any new subcontractor or subprocessor before it begins to process Customer Data. The Provider remains responsible for their performance.

### 7. Liability

7.1 Each party's total aggregate liability arising out of or related to this Order Form is limited to 200% of the Total Fees.

7.2 The limitation in 7.1 does not apply to a party's breach of Section 3 or Section 5, to personal injury, or to wilful misconduct.

7.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 8. Term and Termination

8.1 This Order Form begins on signature and continues until the end of the Subscription Term.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice describing the breach.

8.3 If the Customer terminates under 8.2, the Provider shall refund any prepaid subscription fees for the period after termination.

8.4 Sections 3.5, 4, 5 and 7 survive termination.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute arising out of or in connection with this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate as part of a reorganisation.

10.2 Notices must be in writing and sent by e-mail to the contacts named by each party at signature.

10.3 This Order Form is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

10.4 If any provision of this Order Form is held invalid or unenforceable, the remaining provisions remain in full force and effect.

### 11. Force Majeure

11.1 Neither party is liable for a delay or failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public telecommunication networks, provided it informs the other party promptly and uses reasonable efforts to resume performance as soon as possible.
"""

# ----------------------------------------------------------------------------------------------------------------------
# e03  cold-chain sensors + monitoring licence on the buyer's paper, vendor in Purwokerto (docx, 1. / 1.1, Word table)
H703E03 = """
T:Purchase Contract for Cold-Chain Temperature Monitoring Equipment and Software
P:Contract No. CDRK-CG-2027-036
P:Buyer: Chengdu Rongkang Pharmaceutical Distribution Co., Ltd., No. 17 Kexin Road, Shuangliu District, Chengdu, Sichuan Province, People's Republic of China.
P:Supplier: PT Serayu Sensor Teknologi, Jalan Jenderal Sudirman No. 305, Purwokerto, Central Java, Indonesia.
P:The Buyer operates two pharmaceutical warehouses and a refrigerated vehicle fleet that must meet the Good Supply Practice (GSP) requirements for temperature-sensitive medicines. The Buyer has selected the Supplier to supply, install and support a cold-chain temperature monitoring system. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply and install wireless temperature and humidity sensors in the cold rooms, freezers and ambient storage areas of both warehouses; wireless gateways; data loggers for refrigerated vehicles; and a perpetual licence of the SerayuWatch monitoring platform, to be installed on the Buyer's servers.
P:1.2 The Supplier shall calibrate every sensor and logger against a traceable reference before delivery and issue a calibration certificate for each device.
P:1.3 The Supplier shall integrate the platform with the Buyer's warehouse management system (WMS) so that temperature records are linked to storage locations and shipments, configure alarm rules and notification chains, and train the Buyer's quality and warehouse staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,356,000, inclusive of value-added tax, import duties, transport, insurance and all other costs of delivery to the Buyer's sites, itemised as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|640|499,200
TB:2|Wireless gateways|48|220,800
TB:3|Vehicle data loggers|36|115,200
TB:4|SerayuWatch platform licence, perpetual, up to 1,000 devices|1|312,800
TB:|Equipment and Licence Subtotal||1,148,000
TB:5|Installation, mapping and calibration|1 lot|126,000
TB:6|WMS integration|1 lot|64,000
TB:7|Training|1 lot|18,000
TB:|Contract Price||1,356,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or changes in the Supplier's costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 135,600) within 20 working days after signature of this Contract, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 745,800) within 20 working days after the Installation Certificate is signed. The Installation Certificate confirms only that the equipment has been delivered and installed and does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 474,600) within 20 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouses in Shuangliu and Xindu within 70 days after signature of this Contract and complete installation within 30 days after delivery.
P:4.2 Installation work inside cold rooms shall be planned with the Buyer's warehouse managers so that the storage of medicines is not interrupted.
P:4.3 If the Supplier fails to meet a date in Clause 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Liquidated damages do not relieve the Supplier of its obligation to complete the work.
P:4.4 The Supplier shall provide packing lists, certificates of origin and customs documents with each shipment, and shall remove all packaging materials from the Buyer's sites after installation.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial run of 30 consecutive days following installation and requires that: (a) every sensor and logger holds a valid calibration certificate and reads within ±0.5 °C of the reference in a spot check of one device in ten; (b) each cold room passes a temperature mapping study under the Buyer's GSP validation protocol; (c) readings reach the platform at intervals of no more than two minutes and no data gap longer than ten minutes occurs during the trial run; (d) alarms reach the designated staff by SMS and telephone call within one minute in tests of every alarm chain; and (e) the WMS interface links readings to locations and shipments without error.
P:5.2 When all criteria are met, the Buyer shall sign a Final Acceptance Certificate within 10 working days. Delivery, installation, the Installation Certificate or use of the system during the trial run do not constitute acceptance.
P:5.3 If any criterion is not met, the Supplier shall remedy the failure at its own cost within 15 days, and the trial run or the relevant test shall be repeated.
H:6. Warranty and Service Levels
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective devices free of charge, recalibrate every sensor and logger once a year, and provide platform updates and remote and on-site support.
P:6.2 During the warranty period the platform shall achieve a monthly availability of at least 99.95%, excluding failures of the Buyer's servers and network. The Supplier shall respond to incidents as follows: Priority 1 (platform down, or alarms not being delivered for any cold room) within 30 minutes, with an engineer on site within 6 hours if remote restoration fails; Priority 2 (a gateway or group of sensors offline) within 2 hours; Priority 3 (other issues) within one working day.
P:6.3 For each hour by which the Supplier misses a Priority 1 response or on-site time, the Supplier shall pay CNY 1,000; for each 0.01 percentage point by which monthly availability falls short, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period, the Supplier shall provide annual support at the Buyer's option for an annual fee not exceeding 8% of the Equipment and Licence Subtotal (CNY 91,840 per year). The fee is fixed for the first two years after the warranty period. Support is ordered by written purchase order each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the SerayuWatch platform and the device firmware, which are licensed to the Buyer perpetually for use with the supplied equipment and any additional devices the Buyer adds.
P:7.2 The WMS interface programs, alarm configurations, reports and dashboards developed for the Buyer under this Contract, including their source code, belong to the Buyer, which may use, modify and license them freely.
H:8. Data Ownership and Data Security
P:8.1 All temperature and humidity records, alarm logs, audit trails and other data generated by the system belong to the Buyer. The Supplier shall not copy or use them for any purpose other than performing this Contract.
P:8.2 The Supplier shall configure the platform so that records are stored on the Buyer's servers with tamper-evident audit trails and electronic signatures as required by GSP, and shall access the system remotely only through the Buyer's VPN, with the Buyer's approval for each session.
P:8.3 The Supplier shall report any data loss, falsification or unauthorised access that it detects or causes within 12 hours, assist the Buyer in restoring the records, and compensate the Buyer for all losses, including regulatory penalties, caused by the Supplier's breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's warehouses, products, customers, security arrangements and business that it obtains under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This Clause 9 survives the expiry or termination of this Contract for three years.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clause 8 or Clause 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. An approved subcontractor shall be bound by the same obligations as the Supplier, who remains fully responsible for its performance.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages under Clause 4.3 reach their maximum.
P:12.2 On such termination, the Supplier shall refund the payments received for equipment and services not accepted and compensate the Buyer for its losses.
H:13. Force Majeure
P:13.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance dates are extended by the period of the force majeure. If force majeure lasts more than 60 days, either party may terminate this Contract by written notice.
H:14. Governing Law and Dispute Resolution
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute that cannot be settled by negotiation shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese; both versions have equal force. It takes effect on signature and sealing by both parties.
P:15.2 Notices under this Contract shall be sent in writing to the addresses above or to the e-mail addresses designated by each party at signature.
P:15.3 Annexes: Annex 1 Technical Specifications; Annex 2 Installation Plan; Annex 3 Acceptance Test Protocol.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# e04  managed network and service desk services, 36 months, vendor in Tasikmalaya (md, Sections + Schedules 1-3)
H703E04 = """# Managed Network and Service Desk Services Agreement

**Agreement No.** PGL-HJ-2027-004

This Managed Network and Service Desk Services Agreement (the "Agreement") is entered into between:

- **PT Galunggung Layanan Terkelola**, a company incorporated in Indonesia, with its principal office at Jalan HZ Mustofa No. 140, Tasikmalaya, West Java, Indonesia (the "Provider"); and
- **Dongguan Huajin Garment Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Humen Town, Dongguan, Guangdong Province (the "Customer").

## Section 1. Definitions and Interpretation

1.1 "Services" means the managed network, service desk and device support services described in Schedule 1.

1.2 "Sites" means the Customer's head office in Humen, its three garment factories in Humen, Houjie and Chang'an, and its distribution centre in Shatian.

1.3 "Service Levels" means the availability, response and restoration levels set out in Schedule 2, and "Service Credits" means the credits set out in Schedule 2.

1.4 "Transition" means the transfer of the operation of the Customer's network and service desk from the Customer's internal team to the Provider, as described in Section 3.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses or handles in performing the Services, including network configurations, user account information and service desk records.

1.6 The Schedules form part of this Agreement. If there is a conflict, the Sections prevail over the Schedules.

## Section 2. Term

2.1 This Agreement starts on the date of signature and the Services start on the Service Commencement Date, which is the day after Transition Acceptance.

2.2 The Services are provided for a term of 36 months from the Service Commencement Date (the "Term"). The Agreement does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3. Transition

3.1 The Provider shall complete the Transition within 45 days after signature of this Agreement, in accordance with the transition plan agreed by the parties in the first week.

3.2 Transition Acceptance requires that: (a) all network devices listed in Schedule 1 are registered in the Provider's monitoring system and report their status every five minutes; (b) configurations of all devices have been backed up and documented; (c) the service desk has handled Customer tickets in parallel with the Customer's internal team for ten working days, meeting the response times in Schedule 2; (d) the escalation contacts and runbooks have been approved by the Customer's IT manager.

3.3 The Customer shall confirm Transition Acceptance in writing or state which criteria have not been met within five working days after the Provider's notice. Operation of the Services during the parallel run is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,600 for each day of delay after the date in Section 3.1.

## Section 4. Service Delivery

4.1 The Provider shall perform the Services with due skill and care, in accordance with Schedule 1 and the Service Levels in Schedule 2.

4.2 The Provider shall deliver the Services remotely from its operations centre and through engineers stationed at the Customer's head office. The Provider shall keep at least two engineers on site on working days and one engineer on call at other times.

4.3 The Provider shall give the Customer a monthly service report showing network availability, ticket volumes, response and restoration times, Service Credits due, and recommendations for improvement. The parties shall hold a service review meeting every quarter.

4.4 The Provider shall replace any on-site engineer whom the Customer reasonably considers unsuitable within ten working days after the Customer's written request.

## Section 5. Customer Responsibilities

5.1 The Customer shall give the Provider access to the Sites, its network devices and the management systems needed for the Services, and shall nominate an IT manager as its contact.

5.2 The Customer is responsible for purchasing hardware and software licences, for the contracts with its telecommunication carriers, and for decisions on changes to its business applications.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Term.

6.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears after the end of each month, less any Service Credits for that month.

6.3 The Customer shall pay each correct invoice within 30 days after receipt. Charges are inclusive of value-added tax.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term, the Provider shall return all configurations, documentation and service desk records to the Customer.

## Section 8. Intellectual Property

8.1 The Provider retains its pre-existing tools, monitoring software and methods.

8.2 The network configurations, documentation, runbooks, knowledge articles and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

## Section 9. Confidentiality

9.1 Each party shall keep confidential any information of the other party that is marked confidential or should reasonably be understood to be confidential, including the Customer's production plans, customer orders and pricing, and shall not disclose it to third parties without prior written consent.

9.2 The obligations in this Section 9 continue for three years after the end of the Term.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges set out in Schedule 3.

10.2 Neither party is liable for loss of profit or indirect loss.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its approved subcontractors.

## Section 12. Duration and Remedies

12.1 This Agreement continues for the Term. Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or under Section 13.2.

12.2 If the Provider fails to perform the Services, the Customer's remedies are the Service Credits in Schedule 2 and damages under Section 10. The Customer may not terminate this Agreement on that ground.

## Section 13. Force Majeure

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, power failures affecting a region, or government orders.

13.2 If a force majeure event prevents performance for more than 90 consecutive days, either party may end this Agreement by written notice.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that cannot be resolved by negotiation within 30 days shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

## Section 15. General

15.1 Notices shall be in writing and sent to the addresses above or to e-mail addresses designated by each party.

15.2 This Agreement may be amended only in writing signed by both parties.

For the Provider: ____________________   For the Customer: ____________________

## Schedule 1 — Service Description

| Service element | Description | Coverage |
|---|---|---|
| Network monitoring | Monitoring of 6 core switches, 134 access switches, 9 firewalls and routers, 112 wireless access points and 5 carrier links at the Sites | Around the clock, every day |
| Network operations | Configuration changes, firmware updates, configuration backup, capacity reports | Working days, changes in agreed windows |
| Service desk | Telephone, WeChat and portal support in Chinese for about 1,150 users | 07:30 to 21:00, Monday to Saturday |
| Device support | Setup, repair coordination and moves of desktop computers, laptops and printers | On site at head office; other Sites within one working day |
| Carrier management | Fault logging with the Customer's carriers and follow-up until restoration | Around the clock, every day |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service Credit |
|---|---|---|---|---|
| P1 | Core network or a whole Site is down | 15 minutes | 3 hours | CNY 1,000 per hour beyond restoration time |
| P2 | A production line, warehouse area or floor has no network | 30 minutes | 8 hours | CNY 400 per hour beyond restoration time |
| P3 | A single user or device is affected | 2 hours | 2 working days | none |
| Availability | Monthly availability of the core network at each Site of at least 99.95% | | | 5% of the Monthly Service Charge for each 0.1 percentage point below the target |

The total Service Credits for a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, fixed | 68,000 |
| Monthly Service Charge | 36 months × CNY 52,000 | 1,872,000 |
| **Total charges** | | **1,940,000** |
"""

# ----------------------------------------------------------------------------------------------------------------------
# e05  crop-monitoring data and API subscription, two Subscription Years, vendor in Jember (txt, upper-case headings)
H703E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. ADA-ZJ-2027-009

BETWEEN

PT Argopuro Data Agrikultur, a company incorporated in Indonesia, with its principal office at Jalan Kalimantan No. 37, Jember, East Java, Indonesia ("Vendor"); and

Guangxi Zuojiang Sugar Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Chongzuo, Guangxi Zhuang Autonomous Region ("Customer").

BACKGROUND

The Customer contracts with growers for sugarcane from about 150,000 hectares around its four mills. The Vendor provides satellite-based crop monitoring data, weather data and yield forecasts through an application programming interface. The Customer wishes to subscribe to the Vendor's data and API services for two Subscription Years to plan harvesting and mill intake.

1. DEFINITIONS

1.1 "API" means the Vendor's application programming interface through which the Data Services are delivered, and "API Documentation" means the Vendor's technical documentation for it.

1.2 "Data Services" means the supply of vegetation index maps, crop growth stage estimates, field-level yield forecasts, weather observations and seven-day weather forecasts for the Customer's Area of Interest, as described in Annex A.

1.3 "Area of Interest" means the growing areas identified by the field boundaries supplied by the Customer, as updated from time to time, up to 160,000 hectares.

1.4 "Customer Data" means field boundaries, grower identities, planting dates, cane varieties, harvest and mill intake records, and any other data that the Customer supplies to the Vendor or uploads through the API.

1.5 "Subscription Year" means the period beginning on the Service Start Date and ending on the day before its first anniversary, and the following period ending on the day before the second anniversary. "Subscription Term" means both Subscription Years.

1.6 "Service Start Date" means the date on which the Customer confirms Integration Acceptance under Clause 4.

2. SERVICES

2.1 The Vendor shall provide the Data Services through the API during the Subscription Term, with field-level updates at least every five days when cloud cover permits and daily weather updates.

2.2 The Vendor shall deliver a historical backfill dataset covering the Area of Interest for the previous eight crushing seasons, in the format specified in Annex A, within 40 days after signature of this Agreement.

2.3 The Vendor shall provide integration support for the connection of the API to the Customer's cane management and mill scheduling systems, including a test environment, sample code and up to 25 days of engineering support.

2.4 The Vendor may improve the Data Services during the Subscription Term, but shall not remove any data layer listed in Annex A without the Customer's written agreement.

3. FEES AND PAYMENT

3.1 The fees are as follows: (a) Subscription Fee of CNY 264,000 for each Subscription Year, CNY 528,000 for the Subscription Term; and (b) a one-time Setup and Integration Fee of CNY 36,000. The total fees under this Agreement are CNY 564,000, inclusive of value-added tax.

3.2 The Setup and Integration Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year.

3.3 Invoices are payable within 30 days after receipt. Fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall notify the Customer when the API connection, the backfill dataset and the test environment are ready for acceptance.

4.2 Integration Acceptance requires that: (a) the backfill dataset is complete for every field in the Area of Interest and passes the Customer's completeness checks; (b) the API returns data for a sample of 500 fields selected by the Customer with the accuracy stated in Annex A; (c) the Customer's systems receive daily updates through the API without error for ten consecutive days; and (d) the yield forecasts for the most recent completed season, tested against the Customer's mill intake records, meet the error tolerance stated in Annex A.

4.3 The Customer shall confirm Integration Acceptance in writing or list the unmet criteria within ten working days after the Vendor's notice. Use of the API during testing is not acceptance.

4.4 If the Vendor fails to deliver the backfill dataset by the date in Clause 2.2, the Vendor shall pay the Customer CNY 400 for each day of delay.

5. SERVICE LEVELS

5.1 The Vendor shall ensure that the API achieves a monthly availability of at least 99.95%, measured at the Vendor's API gateway, excluding scheduled maintenance notified at least three days in advance.

5.2 The Vendor shall respond to incidents reported by the Customer as follows: Priority 1 (API unavailable or returning no data) within 1 hour; Priority 2 (a data layer delayed or incorrect) within 8 hours; Priority 3 (other issues) within two working days.

5.3 For each 0.1 percentage point by which monthly availability falls below the level in Clause 5.1, the Vendor shall credit 5% of the monthly equivalent of the Subscription Fee. If the Vendor misses a Priority 1 response time, it shall credit CNY 800 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER DATA

6.1 The Customer retains ownership of Customer Data.

6.2 The Vendor may use Customer Data to provide the Data Services to the Customer.

6.3 The Vendor may also use Customer Data in aggregated and de-identified form, combined with data from other sources, to train and improve its crop and yield models and to prepare regional benchmarks offered to other customers, during and after the Subscription Term.

7. DATA SECURITY

7.1 The Vendor shall store Customer Data on servers located in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least six months.

7.2 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, and shall take all reasonable steps to contain it. The Vendor is responsible for losses resulting from a security breach caused by the Vendor or its personnel.

7.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China with respect to grower personal information.

8. INTELLECTUAL PROPERTY AND LICENCE

8.1 The Vendor retains all rights in the Data Services, the API and its satellite and weather datasets, and grants the Customer a non-exclusive licence to use the Data Services for its internal business and for communication with its contracted growers during the Subscription Term. Data downloaded during the Subscription Term may be kept and used internally after it ends.

8.2 The harvest planning dashboards, field reports and mill intake forecast models that the Vendor develops specifically for the Customer under Clause 2.3 belong to the Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall not disclose it to any third party without prior written consent, except to its employees and professional advisers who need to know it.

9.2 This obligation does not apply to information that is public or independently developed, and continues for three years after the end of the Subscription Term.

10. LIMITATION OF LIABILITY

10.1 The Vendor's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of crops.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Vendor shall not subcontract the Data Services, or engage any third party to process Customer Data, without the Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement begins on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 On termination by the Customer under Clause 12.2, the Vendor shall refund the Subscription Fee paid for the period after termination.

12.4 Within 30 days after the end of this Agreement, the Vendor shall return the Customer Data to the Customer and delete its copies, except as allowed by Clause 6.3.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including the failure of third-party satellites, provided it notifies the other party promptly and makes reasonable efforts to resume performance.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time of application. The award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be in writing in English or Chinese and sent to the addresses above or to the e-mail addresses designated by each party.

15.2 This Agreement, with Annex A (Data Services Specification), is the entire agreement of the parties on its subject matter.

Signed for the Vendor: ____________________

Signed for the Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Labels. Order of keys as holdout19.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def t(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


DESIGN = {
    "h703z01": dict(
        file="h703z01_organ_donation_registry_platform.pdf", lang="zh", category="software", src=H703Z01,
        terms=t(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                "PRC", G),
        sla=True, ld_stated=True, capped=True, deemed=False, value=1468000,
        parts=[620000, 586000, 164000, 98000], pays=[293600, 660600, 513800], tco_base=620000, fee=55800,
        forum_outside=False, rules=[]),
    "h703z02": dict(
        file="h703z02_surfboard_line_control_retrofit.docx", lang="zh", category="hardware", src=H703Z02,
        terms=t(None, 1, True, "buyer", True, True, True, None, None, 10, True, True, 24, 7, False, True, True,
                "PRC", G),
        sla=True, ld_stated=False, capped=True, deemed=False, value=1502000,
        parts=[386000, 298000, 224000, 168000, 160000, 158000, 86000, 22000], pays=[150200, 826100, 525700],
        tco_base=1236000, fee=86520, forum_outside=False, rules=["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "h703z03": dict(
        file="h703z03_speech_school_chain_booking_saas.txt", lang="zh", category="cloud", src=H703Z03,
        terms=t(99.5, 0.25, True, "buyer", True, True, True, 600 / 562000 * 100, 150, None, True, None, None, None,
                True, True, False, "PRC", S),
        sla=True, ld_stated=True, capped=None, deemed=False, value=562000,
        parts=[238000, 238000, 86000], pays=None, forum_outside=False,
        rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h703z04": dict(
        file="h703z04_social_science_academy_research_system_om.txt", lang="zh", category="services", src=H703Z04,
        terms=t(99.95, 0.25, True, "buyer", True, True, False, 0.1, 50, None, True, None, None, None, False, True,
                False, "PRC", S),
        sla=True, ld_stated=True, capped=None, deemed=False, value=386000,
        parts=[96500] * 4, pays=None, forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h703z05": dict(
        file="h703z05_clay_sculpture_tracking_supplier_template.md", lang="zh", category="software", src=H703Z05,
        terms=t(None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 26, False, True, None,
                None, G),
        sla=True, ld_stated=True, capped=True, deemed=True, value=968000,
        parts=[696000, 198000, 74000], pays=[629200, 338800], tco_base=696000, fee=180960, forum_outside=False,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h703e01": dict(
        file="h703e01_tea_plant_maintenance_licence_malang_vendor.pdf", lang="en", category="software", src=H703E01,
        terms=t(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True, False,
                "Indonesia", G),
        sla=True, ld_stated=True, capped=True, deemed=False, value=1286000,
        parts=[742000, 386000, 96000, 62000], pays=[257200, 578700, 450100], tco_base=742000, fee=81620,
        forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "h703e02": dict(
        file="h703e02_field_sales_saas_order_form.md", lang="en", category="cloud", src=H703E02,
        terms=t(None, None, False, "buyer", True, True, True, 500 / 600000 * 100, 200, None, True, None, None, None,
                False, True, True, "PRC", S),
        sla=False, ld_stated=True, capped=None, deemed=False, value=600000,
        parts=[186000] * 3 + [42000], pays=None, forum_outside=False,
        rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h703e03": dict(
        file="h703e03_cold_chain_sensors_monitoring_licence.docx", lang="en", category="hardware", src=H703E03,
        terms=t(99.95, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False,
                "PRC", G),
        sla=True, ld_stated=True, capped=True, deemed=False, value=1356000,
        parts=[499200, 220800, 115200, 312800, 126000, 64000, 18000], pays=[135600, 745800, 474600],
        tco_base=1148000, fee=91840, forum_outside=False, rules=[]),
    "h703e04": dict(
        file="h703e04_managed_network_service_desk_36_months.md", lang="en", category="services", src=H703E04,
        terms=t(99.95, 0.25, True, "buyer", False, True, True, 1600 / 1940000 * 100, 150, None, True, None, None,
                None, False, False, False, "PRC", S),
        sla=True, ld_stated=True, capped=None, deemed=False, value=1940000,
        parts=[52000] * 36 + [68000], pays=None, forum_outside=False,
        rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h703e05": dict(
        file="h703e05_crop_monitoring_data_api_subscription.txt", lang="en", category="cloud", src=H703E05,
        terms=t(99.95, 1, True, "buyer", True, False, True, 400 / 564000 * 100, 6 / 24 * 100, None, True, None, None,
                None, False, True, False, "PRC", S),
        sla=True, ld_stated=True, capped=None, deemed=False, value=564000,
        parts=[264000, 264000, 36000], pays=None, forum_outside=False,
        rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    tm = d["terms"]
    if tm["contract_kind"] != G or tm["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    assert abs(tm["post_warranty_fee_pct"] / 100 * d["tco_base"] - d["fee"]) < 0.01
    years = max(0.0, 5 - tm["warranty_months"] / 12)
    fees = years * d["fee"]
    return fees / (d["value"] + fees) * 100


def derive_rules(d):
    """My reading of policy §3, applied to the label."""
    tm, r = d["terms"], set()
    goods = tm["contract_kind"] == G
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if tm["availability_pct"] is not None and tm["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if tm["p1_response_hours"] is None or tm["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not tm["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if tm["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not tm["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if tm["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not tm["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    if tm["ld_rate_per_day_pct"] is not None and tm["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if tm["liability_cap_pct"] is not None and tm["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if tm["prepayment_pct"] is not None and tm["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not tm["acceptance_clause"] or d["deemed"] or tm["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (tm["warranty_months"] is None or tm["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (tm["post_warranty_fee_pct"] is None or not d["capped"] or tm["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if tm["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not tm["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if tm["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if tm["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(d)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(d):
    tm = d["terms"]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if tm["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": dict(tm),
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# ----------------------------------------------------------------------------------------------------------------------
# Threshold figures (policy §3 and the §4 horizon): 99.9 %, 4 hours, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %,
# 5 years. No built text may state any of them, in any spelling.
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"99[.．]9(?![0-9])",
    r"(?<![0-9.])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十0-9])四\s*个?\s*小时", r"\bfour[\s-]+hours?\b",
    r"(?<![0-9])0?[.]05(?![0-9])", r"万分之五(?![十0-9])", r"0[.]0005(?![0-9])", r"千分之零点五",
    r"(?<![0-9.,])100" + PCT, r"百分之百", r"one\s+hundred\s+per\s*cent",
    r"(?<![0-9.,])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s+per\s*cent",
    r"(?<![0-9.,])15" + PCT, r"(?<![二三四五六七八九])百分之十五", r"\bfifteen\s+per\s*cent",
    r"(?<![0-9.,])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"\bforty\s+per\s*cent",
    r"(?<![0-9.,])12\s*(?:个\s*)?(?:月|months?\b|-month)", r"十二\s*个?\s*月", r"\btwelve[\s-]+(?:\(12\)\s*)?months?",
    r"(?<![第每十])一年", r"\bone[\s-]+year\b", r"(?<![0-9.])1\s*years?\b",
    r"(?<![0-9.])5\s*(?:years?\b|年(?!度))", r"五年", r"\bfive[\s-]+years?\b",
]
THRESHOLD_RE = re.compile("|".join(THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "不低于99.9％", "4小时", "4 小时", "四小时", "四个小时", "within 4 hours", "four hours",
            "a 4-hour response", "4h", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %",
            "百分之三十", "thirty per cent", "thirty percent", "12个月", "12 months", "十二个月", "twelve (12) months",
            "twelve months", "一年", "one year", "15%", "百分之十五", "fifteen per cent", "40%", "40 percent", "百分之四十",
            "five years", "5 years", "五年", "5年"]
MUST_MISS = ["99.95%", "99.5%", "99.98%", "24小时", "二十四小时", "within 24 hours", "14 hours", "0.08%", "万分之八",
             "万分之二", "150%", "1,100", "130%", "35%", "百分之三十五", "百分之二十五", "百分之四十五", "112 months",
             "18 months", "eighteen (18) months", "2027年", "每年一次", "第一年", "45%", "415%", "8%", "0.5个百分点",
             "±0.08mm", "50%", "115%", "3.15%", "36 months", "CNY 1,000 per hour", "四个月", "2025年", "Article 4 Hospital"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        lines = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, d in DESIGN.items():
        assert d["file"].startswith(key + "_")
        ext = d["file"].rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = d["src"], (d["file"], ext)
        else:
            (OUT / d["file"]).write_text(d["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", d["file"])
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    print("%-9s %-5s %-6s %8s %6s  %s" % ("draft", "lang", "risk", "length", "tco%", "rules"))
    for key, d in DESIGN.items():
        tm = d["terms"]
        # sums
        assert sum(d["parts"]) == d["value"], key
        if d["pays"]:
            assert sum(d["pays"]) == d["value"], key
            if tm["prepayment_pct"] is not None:
                assert abs(d["pays"][0] / d["value"] * 100 - tm["prepayment_pct"]) < 1e-9, key
        # label values never on a threshold
        for k, th in THRESHOLDS.items():
            assert tm[k] is None or abs(tm[k] - th) > 1e-9, (key, k)
        share = tco_share(d)
        assert share is None or abs(share - 40) > 2, (key, share)
        # rules from the labels against the design list
        derived = derive_rules(d)
        if derived != sorted(d["rules"]):
            problems.append((key, derived, sorted(d["rules"])))
        covered |= set(derived)
        # text as read back
        text = read_back(OUT / d["file"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append((key, "threshold figure", variant[max(0, m.start() - 30):m.end() + 30]))
                break
        (OUT / (key + d["file"][len(key):].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(d), indent=1, ensure_ascii=False), encoding="utf-8")
        print("%-9s %-5s %-6s %8d %6s  %s" % (key, d["lang"], risk(derived), n,
                                              "-" if share is None else "%.1f" % share, ", ".join(derived) or "(none)"))
    # the mix
    counts = {k: len(derive_rules(d)) for k, d in DESIGN.items()}
    assert [k for k, c in counts.items() if c == 0] == ["h703z01", "h703e03"], counts
    assert derive_rules(DESIGN["h703e01"]) == ["CR-GOVERNING-LAW"] and risk(["CR-GOVERNING-LAW"]) == "low"
    assert 8 <= counts["h703z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ["h703z02", "h703z03", "h703z04", "h703e02", "h703e04", "h703e05"])
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    assert not problems, problems
    print("all checks passed; every CR rule fires at least once")


if __name__ == "__main__":
    main()
