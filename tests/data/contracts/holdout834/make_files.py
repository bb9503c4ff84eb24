#!/usr/bin/env python3
"""holdout834: builds the ten blind held-out drafts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Sources are kept below; .docx/.pdf go through
../word_pdf.py (markup T:/H:/P:/TB:), .txt/.md are written as they are. Checks: label key sets, design rules vs rules
derived from the labels (policy section 3), coverage of all 20 CR rules, lengths, no value or text on a threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """
T:临江市光污染监测平台建设项目合同
P:合同编号：LJSTHJ-2027-CG-018　　采购方式：公开招标　　项目编号：LJCG-2027-0316
P:甲方（采购人）：临江市生态环境局
P:乙方（供应商）：临江星测环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，订立本合同。本合同使用甲方合同文本。
H:第一条 项目内容
P:1.1 甲方向乙方采购光污染监测平台软件许可及定制开发服务。乙方应按招标文件、投标文件及附件一《技术需求书》完成平台部署、功能定制、数据对接、试运行及培训，并保证平台满足甲方夜间光环境监管的业务需要。
P:1.2 定制开发内容包括：夜间人工光源亮度监测点位接入（首期86个点位，含道路照明、商业广告屏、景观亮化和工地照明四类），城市夜间亮度热力图，光污染投诉与执法工单联动，居民区和自然保护地超标预警，以及面向局领导的监管驾驶舱。
P:1.3 平台部署于甲方指定的政务云环境。乙方不得将平台软件、配置或数据部署于甲方指定范围以外的任何环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾叁万元整（¥1,630,000），为固定总价，其中：平台软件许可费¥868,000（永久许可，不限用户数和终端数）；定制开发费¥526,000；数据对接费¥164,000（与“12369”投诉系统、城管执法系统、气象数据接口对接）；实施及培训费¥72,000。
P:2.2 上述价款已包括税费、差旅、第三方组件、安装调试、试运行及培训等全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行预付款保函及合规发票，甲方在10个工作日内支付合同总价的20%（¥326,000）作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%（¥733,500）。
P:3.3 最终验收合格后，甲方支付合同总价的35%（¥570,500）。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。乙方应在每次付款前开具等额合规发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成平台部署、定制开发和数据对接，并书面提交初步验收申请。
P:4.2 初步验收通过后进入试运行，试运行期为60日。试运行期间发现的问题，乙方应在甲方要求的期限内整改完毕。
P:4.3 乙方应组建不少于8人的项目组，项目经理须具有同类平台实施经验，在项目实施期间原则上驻场工作；更换项目经理须经甲方书面同意。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 乙方应为甲方系统管理员、业务科室及各区分局执法人员提供不少于3期培训，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 验收依据为招标文件、投标文件、本合同、附件一及国家和行业相关标准。验收标准包括：（一）附件一所列功能逐项测试通过；（二）86个监测点位全部接入，连续7日无数据中断；（三）热力图刷新间隔不超过10分钟，常用页面响应时间不超过3秒（200个并发用户）；（四）通过甲方委托的第三方安全测评，无高危漏洞；（五）试运行期间未发生一级故障；（六）源代码、技术文档和操作手册移交齐全。
P:5.2 初步验收由甲方组织；最终验收在试运行期满后由甲方组织专家进行，并出具书面验收报告。验收不合格的，乙方应在20日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.3 平台上线、试运行或甲方实际使用，均不视为验收合格。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，每季度提交一次运行报告。
P:6.2 平台月度可用率不低于99.95%（经甲方同意的计划维护除外）。一级故障（平台整体不可用或监测数据无法上传）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，次一工作日内解决；三级故障于下一版本中修复。
P:6.3 乙方响应、到场或恢复超时的，每超时1小时扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。上述扣减从应付款项中扣除，不足部分由乙方另行支付。
P:6.4 质保期满后，甲方如续购运维服务，年服务费不超过平台软件许可费的9%（即每年不超过¥78,120），该价格在质保期满后三年内不变。续购须另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 定制开发成果（含源代码、接口程序、驾驶舱配置、算法参数及技术文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和部署。乙方应在最终验收时移交完整源代码。
P:7.3 乙方保证其交付成果不侵犯任何第三方的知识产权；因侵权引起的索赔，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集和产生的监测数据、投诉数据、执法信息及日志均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，包括最小权限、双因素认证、操作日志留存不少于六个月。远程运维须经甲方审批并通过堡垒机进行，乙方不得将数据复制带出甲方环境。
P:8.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露、损毁或丢失的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署、提交验收或整改的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付成果不符合约定的，应免费整改；因乙方原因给甲方造成损失的，乙方应予赔偿。乙方未经甲方同意更换项目经理或核心人员的，每人次向甲方支付违约金¥5,000。
P:10.3 甲方未按约定付款的，乙方可书面催告；因甲方原因导致乙方无法按期实施的，交付期限相应顺延。
H:第十一条 分包
P:11.1 本项目不得分包，乙方亦不得转包。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（一）逾期超过60日；（二）验收两次不合格；（三）发生因乙方原因的重大数据安全事件；（四）其他严重违约且在甲方通知后10日内未纠正。
P:12.2 合同解除后，乙方应返还已收取的相应款项，并向甲方移交已完成的成果和全部数据。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及附件一为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日　　　　日期：　　年　　月　　日
"""

Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：HJCP-2027-JG-009
P:甲方：宁海恒洁文具橡塑制品有限公司（橡皮擦生产厂）
P:乙方：甬信工业自动化工程有限公司
P:甲方拟对其三条橡皮擦生产线（密炼、挤出切割、包装）的控制系统进行改造，经比选确定由乙方承担。双方根据《中华人民共和国民法典》订立本合同。
H:第一条 项目范围
P:1.1 乙方负责三条生产线控制系统的设计、设备供货、软件许可、PLC及HMI程序编制、安装调试、试生产保障和培训，使改造后的生产线满足附件一《技术要求》。
P:1.2 改造内容包括：更换原有继电器控制柜为PLC控制柜，增加伺服驱动和温度、压力、计数传感器，建设车间工业网络，部署MES数据采集软件和配方管理软件，实现配方下发、工艺参数追溯和产量自动统计。
P:1.3 乙方应在甲方安排的停线窗口内施工，每条生产线停线时间不超过10日，不得影响其他生产线正常生产。
P:1.4 乙方应指定一名电气工程师担任项目负责人，负责现场协调、进度控制和与甲方生产部门的沟通；施工期间每日下班前向甲方报告当日完成情况和次日计划。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），含税，为固定总价。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、电源、继电保护）|6套|98,000|588,000
TB:2|伺服驱动器及传感器组|1批|312,000|312,000
TB:3|HMI触摸屏|8台|11,500|92,000
TB:4|工业交换机及光纤配件|1批|46,000|46,000
TB:5|MES数据采集软件许可（永久）|1套|268,000|268,000
TB:6|配方管理软件许可（永久）|1套|146,000|146,000
TB:|设备及软件小计|||1,452,000
TB:7|安装调试及试生产保障|1项|186,000|186,000
TB:8|PLC及HMI程序编制、数据接口开发|1项|124,000|124,000
TB:9|培训|1项|18,000|18,000
TB:|合同总价|||1,780,000
P:2.2 上述价格包括设备、软件、运输、保险、安装材料、调试、税费及乙方人员费用。
H:第三条 付款方式
P:3.1 合同签订后7个工作日内，甲方支付合同总价的10%（¥178,000）作为预付款。
P:3.2 全部设备到货安装完毕、经甲方签收后，甲方支付合同总价的55%（¥979,000）。到货签收不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%（¥623,000）。
P:3.4 甲方每次付款前，乙方应开具等额增值税专用发票。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后75日内完成设备到货，并在甲方停线窗口内完成安装调试。
P:4.2 验收标准：（一）设备型号、数量与上表一致；（二）三条生产线各连续试生产15个班次，控制系统无停机故障；（三）配方下发准确无误，工艺参数采集间隔不超过1秒；（四）产量统计与人工盘点差异小于千分之五；（五）各项安全联锁测试通过。
P:4.3 试生产结束后由甲方组织最终验收并签署验收报告。设备安装、试生产或甲方投入使用均不视为验收合格。
P:4.4 验收不合格的，乙方应在10日内完成整改并重新提交验收；第二次验收仍不合格的，甲方可要求乙方更换设备或按第十二条解除合同。
H:第五条 施工管理与安全生产
P:5.1 乙方应在进场前提交施工方案、停线计划和应急预案，经甲方生产部和安全部审核后实施。施工期间乙方人员应遵守甲方厂区管理制度，佩戴劳保用品，动火、登高和带电作业须办理作业许可。
P:5.2 乙方应为其现场人员办理工伤保险或意外伤害保险。因乙方原因造成的人身伤害、设备损坏或停产损失，由乙方承担责任。
P:5.3 乙方应对甲方操作工、设备维修人员和工艺人员进行培训，培训内容包括PLC基本维护、HMI操作、配方管理和常见故障处理，培训后提交考核记录，并移交电气图纸、接线表、程序备份和设备说明书。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换和升级。乙方每季度上门巡检一次并提交巡检报告；新换部件的质保期重新计算。
P:6.2 服务水平：一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障（单台设备或单项功能异常）2小时内响应，48小时内处理完毕。乙方超时的，每超时1小时向甲方支付¥500。
P:6.3 质保期满后，乙方提供有偿维保服务，维保年费为设备及软件小计的8.5%（即¥123,420/年），质保期满后三年内不得上调。维保服务按年签订，不自动续期。
H:第七条 知识产权
P:7.1 MES数据采集软件和配方管理软件的知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、数据接口及相关文档的知识产权归甲方所有，乙方应移交全部源程序，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产数据、配方、工艺参数及质量记录均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应采取网络隔离、账号权限管理、操作日志等安全措施；远程维护须经甲方逐次批准。发生数据泄露或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的配方、工艺、产能和客户信息负有保密义务，未经甲方书面同意不得披露；本条在合同终止后五年内有效。
H:第十条 分包
P:10.1 乙方可将电气安装、桥架敷设等施工作业分包给具备相应资质的单位，但应在进场前5日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的8%。
P:11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但乙方故意或重大过失造成的损失除外。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。严重违约包括：逾期交货超过30日；验收两次不合格；因乙方施工造成生产线停线超过约定时间10日以上；违反本合同第八条、第九条约定。
P:12.2 合同解除后，乙方应在甲方要求的期限内拆除未验收的设备或将已完成部分恢复至可运行状态，并移交已完成的程序和资料。
H:第十三条 不可抗力
P:13.1 因地震、洪水、疫情管控等不可抗力导致一方不能履行的，受影响方应在3日内通知对方，并在15日内提供证明；双方可协商延期履行。不可抗力持续超过60日的，任何一方均可书面解除合同。
H:第十四条 变更
P:14.1 甲方因生产需要调整改造范围的，双方应书面确认变更内容、价格和工期；增减部分参照本合同单价计算，未经书面确认的变更不产生额外费用。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:15.2 附件一《技术要求》、附件二《设备清单及配置》为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：SJBDJ-2027-IT-003
甲方：杭州松韵八段锦健身管理有限公司（下称“甲方”，连锁经营35家门店）
乙方：杭州云约信息技术有限公司

甲方因门店课程预约、会员管理和收银对账需要，采购乙方的云端预约及会员管理系统服务（SaaS）及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方35家门店及总部提供预约及会员管理系统的在线使用服务，包括：
1. 课程排班与学员预约（微信小程序端、门店前台端）；
2. 会员卡、次卡、储值管理及会员等级权益；
3. 教练课时统计与薪酬核算数据；
4. 门店收银对账、经营报表和总部驾驶舱；
5. 会员生日关怀、课程到期和卡内余额提醒等消息推送，推送内容和频次由甲方确定。
（二）实施服务包括：原有会员数据迁移（约4.6万名会员）、小程序页面及会员等级规则配置、与甲方财务系统对接、门店店长及前台培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（四）服务期内甲方新开门店的，可按每店每服务年度¥6,800的单价增开门店端账号，费用按实际使用月数折算；关闭门店的，自次一服务季度起停止计费。

二、费用及支付
（一）订阅费：门店端每店每服务年度¥6,800，35家门店合计¥238,000；总部模块每服务年度¥52,000；每服务年度订阅费合计¥290,000，两个服务年度合计¥580,000。
（二）实施费：一次性¥68,000。
（三）合同总额为¥648,000（含税）。
（四）支付方式：
1. 实施费在上线验收合格后10个工作日内支付；
2. 订阅费按季度支付，甲方在每个服务季度结束后10个工作日内支付该季度订阅费¥72,500；
3. 乙方每次收款前应开具等额增值税普通发票。
（五）本合同不设预付款。

三、实施与验收
（一）乙方应在合同签订后45日内完成数据迁移、配置和对接，提交上线验收申请。
（二）验收标准：
1. 附件一所列功能全部可用，35家门店前台和小程序预约流程测试通过；
2. 迁移后会员数量、卡内余额、剩余课次与原系统逐条核对一致；
3. 与财务系统的日结数据连续10日自动对账无差异；
4. 小程序高峰期（每晚19:00—21:00）预约页面响应时间不超过2秒。
（三）甲方在收到验收申请后7个工作日内组织验收并书面确认；系统试用或门店使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日按合同总额的千分之一向甲方支付违约金，累计不超过合同总额的10%。
（五）甲方应在合同签订后5个工作日内提供原系统数据导出文件、门店清单、课程体系和会员等级规则，并指定项目联系人；因甲方资料延迟提供导致上线延期的，乙方的实施期限相应顺延。
（六）验收不合格的，乙方应在5个工作日内完成整改并重新申请验收，整改期间不计入甲方的验收期限。

四、服务水平
（一）系统月度可用率不低于99.5%（乙方提前3日通知且安排在凌晨0:00—6:00的计划维护除外）。
（二）故障分级及响应：
1. 一级故障（小程序无法预约或门店无法收银）：15分钟内响应，2小时内恢复；
2. 二级故障（单一功能异常）：1小时内响应，1个工作日内解决；
3. 三级故障（咨询及优化建议）：1个工作日内答复。
乙方提供7×24小时服务热线和在线工单渠道，节假日及门店营业高峰期须安排值班工程师。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，减免当月订阅费的5%；一级故障超过2小时未恢复的，每次减免当月订阅费的3%。当月减免总额以当月订阅费为限。

五、数据
（一）甲方会员信息、预约记录、消费记录及经营数据归甲方所有。
（二）乙方可将上述数据经去标识化处理后，用于改进乙方产品、训练推荐模型以及编制健身行业分析报告，该项使用在合同终止后仍可继续。
（三）合同终止后30日内，乙方应按甲方要求以通用格式导出全部会员、储值和预约数据并提供给甲方，配合甲方迁移至新系统，随后删除系统中的甲方数据并出具书面说明。

六、数据安全
（一）乙方应落实网络安全等级保护第三级要求，对会员手机号、身份证号等个人信息加密存储，实行最小权限访问并留存操作日志。
（二）系统部署于中国境内的云数据中心，数据不出境。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行告知和报告义务；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对会员的赔偿。

七、服务团队与培训
（一）乙方应指定专职客户经理和实施顾问各一名，客户经理负责服务期内的需求对接、月度服务报告和续期沟通。乙方更换实施顾问的，应提前5个工作日通知甲方并做好交接。
（二）乙方应在上线前为每家门店的店长和前台人员提供线上培训，为总部运营、财务人员提供现场培训不少于2次，并提供操作手册和培训视频。服务期内新入职员工可免费参加乙方每月组织的线上培训。
（三）乙方每月向甲方提交服务报告，内容包括系统可用率、故障处理情况、预约量和会员活跃度统计。

八、保密
双方对在合作中知悉的对方商业秘密，包括甲方门店经营数据、会员规模、价格策略，负有保密义务，未经对方书面同意不得披露。乙方应与接触甲方数据的员工签署保密承诺并定期开展保密培训。本条在合同终止后三年内有效。

九、知识产权
（一）系统软件平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、会员等级规则、报表模板及财务对接程序归甲方所有，甲方可自行使用、修改或交由第三方使用。

十、续期
服务期满前30日内任何一方未书面提出终止的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权按其届时公布的标准价格上调订阅费，并于续期前通知甲方，甲方不得以此为由拒付续期费用。

十一、分包
乙方不得将本合同项下服务分包给第三方；确需由第三方提供短信、支付等配套服务的，须事先取得甲方书面同意。

十二、违约与解除
（一）乙方严重违约，包括连续两个月可用率低于承诺值、发生重大数据安全事件，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的订阅费。
（二）甲方逾期付款超过60日，经乙方催告后仍不支付的，乙方可暂停服务，但应提前10日书面通知甲方，暂停期间会员储值和预约数据不得删除。
（三）合同解除或终止时，乙方应配合完成数据导出和交接，不得以任何理由扣留甲方数据。

十三、不可抗力
因不可抗力或电信运营商、云服务商大面积故障导致服务中断的，乙方应及时通知甲方并尽快恢复；该期间不计入乙方可用率考核，但乙方应提供事件说明。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

十五、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件一《功能清单》、附件二《门店清单》为本合同组成部分。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

联系人：甲方信息部 张女士；乙方客户经理 周先生。双方联系人变更的，应书面通知对方。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """南屿市公安局机动车尾气检测监管系统运维服务合同

项目名称：机动车尾气检测监管系统2027年度运维服务
采购方式：竞争性磋商（项目编号：NYGA-2026-CS-047）
甲方（采购人）：南屿市公安局
乙方（成交供应商）：南屿安驰智能交通技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就机动车尾气检测监管系统年度运维服务订立本合同。

第一条 服务范围
1.1 运维对象为甲方机动车尾气检测监管系统，包括：监管平台软件（含数据接收、视频复核、异常预警和统计分析模块）、部署于全市19家机动车检测站的数据采集终端及视频抓拍设备、中心机房服务器和存储设备、与环保部门和车辆管理系统的数据接口。
1.2 服务内容包括：系统日常监控与巡检、故障处理、软件缺陷修复和小版本升级、数据库维护与备份、检测站终端现场维护、接口运行保障、每月运行分析报告，以及重大活动和节假日期间的值守保障。
1.3 服务期自2027年1月1日起至2027年12月31日止。
1.4 系统现有规模：监管平台服务器14台、存储设备2套，检测站数据采集终端63台、视频抓拍设备126路，日均接收检测记录约3,200条。服务期内检测站数量增减不超过两家的，服务费不作调整。

第二条 服务费用
2.1 本合同总价为人民币柒拾贰万陆仟元整（¥726,000），包括人工、备品备件、差旅、交通及税费等全部费用。
2.2 服务费按季度支付：每个服务季度结束后，乙方提交季度运维报告及合规发票，甲方在15个工作日内支付该季度服务费¥181,500。
2.3 甲方按财政资金支付程序付款，不支付预付款。

第三条 服务要求
3.1 乙方应组建不少于6人的运维团队，其中驻场工程师2名，在甲方工作日8:30—17:30驻场服务；其余人员负责检测站现场维护和远程支持。驻场人员须经甲方背景审查，更换须经甲方同意。
3.2 日常巡检：乙方每日对平台运行状态、数据接收情况和接口状态进行巡检并填写巡检记录；每月对19家检测站终端和视频设备现场巡检一次。
3.3 备份：数据库每日增量备份、每周全量备份，备份数据每季度进行一次恢复演练。
3.4 升级：乙方应在2027年6月30日前完成监管平台年度版本升级，在2027年9月30日前完成全部检测站数据采集终端固件升级，升级方案须经甲方审批。
3.5 备品备件：乙方应在南屿市区设立备件库，常备数据采集终端、视频抓拍设备、交换机和硬盘等易损部件，数量不少于在用设备的一成；备件更换不另行收费。
3.6 应急保障：乙方应制定系统故障、数据中断和网络安全事件应急预案，报甲方备案，并每半年与甲方联合开展一次应急演练，演练后提交总结报告。
3.7 检测站配合：乙方赴检测站维护时应提前通知甲方和检测站，不得干扰正常检测业务，不得接受检测站的任何宴请、礼品或其他利益，不得为检测站修改、删除检测数据提供任何便利。发现检测站存在异常操作或数据造假线索的，乙方应立即报告甲方。

第四条 服务水平
4.1 故障分级：
（一）一级故障：监管平台整体不可用，或三家以上检测站数据无法上传；
（二）二级故障：单个检测站数据无法上传，或视频复核、预警等单一模块异常；
（三）三级故障：不影响业务的一般性问题。
4.2 响应及处理时限：一级故障30分钟内响应，1小时内到场，6小时内恢复；二级故障1小时内响应，当日到场，24小时内恢复；三级故障2个工作日内处理。
4.3 重大活动、重要节假日期间，乙方应按甲方要求安排24小时值守，值守人员名单提前3日报甲方。
4.4 乙方应在每月5日前提交上月运维报告，内容包括故障统计、处理时长、巡检情况和改进建议。对未达到上述时限的故障，乙方应在报告中说明原因并提出整改措施。

第五条 考核与验收
5.1 甲方每季度对乙方服务进行检查，检查内容包括巡检记录、故障处理时限、备份及恢复演练和运维报告质量。
5.2 服务期满后15日内，甲方组织年度运维服务验收。验收标准为：（一）第三条规定的巡检、备份和升级工作全部完成并有记录可查；（二）全年故障均按第四条时限处理，或虽超时但已说明原因并完成整改；（三）系统全年未发生因乙方原因导致的数据丢失；（四）运维文档、配置清单和账号清单完整移交。
5.3 验收合格后，甲方出具书面验收意见。验收不合格的，乙方应在甲方规定期限内完成整改，并承担复验发生的费用。
5.4 乙方应在服务期满前一个月提交年度运维总结，内容包括全年故障分析、设备健康状况评估和下一年度运维建议。

第六条 数据安全
6.1 系统中的检测数据、车辆和车主信息、视频资料及日志均属于甲方所有，乙方仅为提供本合同运维服务而接触，不得用于任何其他目的。
6.2 乙方运维操作必须通过甲方堡垒机进行，实行一人一账号，禁止使用移动存储介质拷贝数据，禁止将数据传输至甲方网络以外。乙方应落实网络安全等级保护第三级的相关管理要求。
6.3 乙方人员离场或调岗时，乙方应在当日通知甲方注销其全部账号，并回收其持有的运维资料。
6.4 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因导致的，乙方承担全部赔偿责任和相应的法律责任。

第七条 知识产权
运维过程中乙方编写的脚本、配置文件、运维文档及为甲方开发的功能补丁归甲方所有，甲方可自行使用和修改。监管平台原有软件的权属不因本合同改变。

第八条 违约责任
8.1 乙方未按第3.4条约定期限完成升级工作的，每逾期一日按合同总价的千分之一向甲方支付违约金。
8.2 乙方擅自更换驻场人员的，应立即改正；因乙方原因给甲方造成损失的，乙方应予赔偿。乙方未按第3.3条完成备份导致数据无法恢复的，应承担数据恢复费用并赔偿甲方损失。

第九条 分包
乙方不得将本合同项下服务转包或分包。

第十条 合同解除
10.1 乙方严重违约，包括发生因乙方原因的重大数据安全事件、连续两个季度检查发现同类问题未整改、拒不履行运维义务的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
10.2 合同解除或服务期满时，乙方应配合甲方或新的运维单位完成交接，交接期不少于20日。乙方应在交接期内移交全部运维文档、账号密码清单和备份介质，并书面确认未留存任何甲方数据。

第十一条 甲方的权利和义务
11.1 甲方为乙方驻场人员提供必要的办公场所和网络条件，指定专人负责运维工作的联络和监督。
11.2 甲方有权对乙方运维工作进行检查，要求乙方对发现的问题限期整改。
11.3 甲方应按本合同约定及时支付服务费。

第十二条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
磋商文件、乙方响应文件、成交通知书为本合同组成部分。乙方及其人员应遵守廉洁从业规定，不得向甲方工作人员提供任何不正当利益。本合同未尽事宜，按政府采购相关规定执行，或由双方另行签订补充协议。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z05 = """# 软件许可及定制开发合同

**锻云软件标准合同文本 DY-HT-V3.0**（本文本由乙方提供）

合同编号：DY-2027-0112

- 甲方：佛山市南海区匠心铁艺工坊有限公司
- 乙方：佛山锻云软件科技有限公司

甲方拟采购乙方“锻云工序追踪系统”软件许可及定制开发服务。双方本着平等自愿的原则，经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供锻云工序追踪系统标准版软件许可（20个工位终端），并根据甲方需求进行定制开发，内容包括：订单—下料—焊接—打磨—喷涂—包装工序看板，工位扫码报工，计件工资统计，以及与甲方现有进销存软件的订单对接。

1.2 具体功能以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出新增或变更需求的，乙方有权另行收费并相应顺延交付时间。

1.3 软件许可为永久许可，限甲方在其佛山市南海区生产场地内使用，许可终端数为20个工位终端及3个管理端账号。甲方迁移生产场地或变更使用主体的，应事先取得乙方书面同意。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾捌万肆仟元整（¥484,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锻云工序追踪系统标准版软件许可（永久，20个工位终端） | 296,000 |
| 2 | 定制开发（工序看板、扫码报工、计件统计、进销存对接） | 142,000 |
| 3 | 实施部署 | 38,000 |
| 4 | 培训 | 8,000 |
| | 合计 | 484,000 |

2.2 甲方自备服务器、网络、扫码枪及工位平板，相关硬件不在本合同范围内。

2.3 乙方人员赴甲方现场超过约定实施天数（8个人日）的，超出部分按每人日¥1,800另行结算；差旅费由甲方据实承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥314,600。乙方收到该款项后开始需求调研和开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即¥169,400。

3.3 乙方在收到每笔款项后开具相应金额的增值税专用发票。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务、顺延交付。

## 第四条 交付

4.1 乙方应在收到第3.1条款项之日起70日内完成系统部署和定制开发，并通知甲方上线运行。

4.2 因甲方未及时确认需求、提供资料或准备硬件环境导致延误的，交付时间相应顺延。

4.3 实施部署内容包括：服务器端软件安装、数据库初始化、工位终端配置、基础数据（产品、工序、工价、员工）导入模板提供及导入指导、与进销存软件的订单对接调试。基础数据的整理和录入由甲方负责。

4.4 乙方为甲方提供一次集中培训，培训对象为甲方车间主任、统计员和系统管理员，培训时长一天。甲方新增人员的培训，乙方可另行收费提供。

4.5 乙方向甲方交付安装程序、用户手册和管理员手册电子版各一份。

## 第五条 验收

5.1 系统部署完成、上线运行后，即视为甲方验收合格。

5.2 甲方在上线运行后提出的功能调整意见，乙方将在后续版本中酌情考虑。

5.3 甲方因自身原因在乙方通知上线之日起10日内未安排上线的，自通知之日起第11日视为上线运行。

## 第六条 技术支持与维护

6.1 自系统上线运行之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程方式提供技术支持，对甲方反馈的问题尽快处理。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按软件许可费的28%每年（即¥82,880/年）向乙方支付维护费，维护费按年预付。

6.3 甲方未购买维护服务的，乙方不再提供任何技术支持和版本升级。

6.4 维护服务包括软件缺陷修复、标准版本升级和远程技术支持，不包括新增功能开发和现场服务。现场服务按每人日¥1,800另行收费。

6.5 因甲方操作不当、擅自修改系统或硬件故障引起的问题，不属于乙方维护范围，乙方提供服务的，另行收费。

## 第七条 知识产权

7.1 锻云工序追踪系统及本合同项下定制开发的全部成果（包括工序看板、报工程序、计件统计模块、对接接口、源代码及文档）的知识产权均归乙方所有。

7.2 甲方在支付全部合同款项后，享有在本企业内部使用上述成果的非独占、不可转让的权利，不得对其进行反向工程、修改或提供给第三方使用。乙方不向甲方交付源代码。

7.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

7.4 乙方保证其提供的软件不侵犯第三方合法权利；如发生侵权纠纷，由乙方负责处理，但因甲方擅自修改或与其他软件组合使用引起的除外。

## 第八条 甲方的义务

8.1 甲方应指定项目联系人，在乙方要求的时间内确认需求、提供资料和反馈测试意见。甲方逾期未反馈的，视为对乙方工作成果无异议。

8.2 甲方应按乙方提供的配置要求准备服务器、网络、扫码枪和工位平板，并保证运行环境稳定。因运行环境不符合要求导致的问题，由甲方自行承担。

8.3 甲方应妥善保管系统管理员账号，不得超出许可的工位终端数量使用本系统。甲方需要增加工位终端的，应按乙方届时报价另行购买。

## 第九条 数据

9.1 甲方在系统中录入和产生的订单、工序、计件及员工数据归甲方所有，乙方仅为提供本合同服务而使用。系统数据的日常备份由甲方自行负责。

9.2 乙方对远程支持账号实行权限管理，远程操作须经甲方同意并留存日志；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在合作过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款超过30日的，乙方有权解除合同，已收款项不予退还。

11.3 任何一方违约给对方造成损失的，应赔偿对方的直接损失，但不包括利润损失、生产停滞等间接损失。

## 第十二条 合同解除

一方严重违反本合同约定，经对方书面催告后20日内仍未改正的，守约方有权书面通知解除本合同。合同因甲方原因解除的，甲方应停止使用本系统并删除全部安装程序，已付款项不予退还。

## 第十三条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件《需求说明书》《报价单》与本合同具有同等法律效力。

15.3 双方在本合同首页所列的地址、电话和电子邮箱为有效通知方式，一方变更的，应在三个工作日内书面通知对方，否则按原地址送达即视为有效送达。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

E01 = """
T:Software Licence and Services Agreement
P:Agreement No. KPS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Packaging Co., Ltd., a company established in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Kronoberg Planning Systems AB, a company registered in Sweden with its registered office at Storgatan, Växjö, Sweden (the "Vendor").
P:The Customer manufactures corrugated board and printed folding cartons at two plants and wishes to replace its spreadsheet-based production planning with the Vendor's advanced planning and scheduling software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KPS Planner advanced planning and scheduling software in the version current at the Effective Date, including its planning engine, scheduling board, capacity module and reporting module, in object code, together with its documentation.
P:1.2 "Services" means the implementation, interface development, data migration and training services described in Article 3 and Annex 1.
P:1.3 "Custom Deliverables" means all configurations, planning rules, report templates, interface programs, scripts and documents created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.4 "Customer Data" means all data provided by the Customer or generated by the Software in the Customer's environment, including orders, routings, machine calendars, stock levels and production records.
P:1.5 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its plants in Changzhou for up to 60 named planners and unlimited read-only users, for the internal business of the Customer and its affiliates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may not resell or sublicense the Software except to a service provider that operates it for the Customer.
P:2.3 The licence survives the expiry or termination of this Agreement, except where the Vendor terminates because the Customer failed to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for both plants, including corrugator and converting line models, die and plate constraints, changeover matrices and shift calendars, and shall build the planning rules agreed in the functional design.
P:3.2 The Vendor shall develop and test interfaces between the Software and the Customer's ERP system (sales orders, bills of material, stock), its MES (machine status and produced quantities) and its warehouse management system.
P:3.3 The Vendor shall migrate open orders, routings and master data from the Customer's existing files, and shall train the Customer's planners, key users and IT administrators on site in Changzhou.
P:3.4 The Vendor shall assign a project manager who speaks Mandarin and a solution architect, both named in Annex 1, and shall not replace them without the Customer's consent, which shall not be unreasonably withheld.
P:3.5 The Services shall be completed so that the Software is ready for the acceptance test within 120 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,988,000, inclusive of VAT, made up of: Licence Fee CNY 1,260,000; implementation and configuration CNY 480,000; interfaces CNY 210,000; training CNY 38,000. The price is fixed and includes travel and all expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 397,600) within 20 days after signature against the Vendor's invoice; (b) 45% (CNY 894,600) after the Customer signs the user acceptance test report for both plants; (c) 35% (CNY 695,800) after Final Acceptance.
P:4.3 Each payment is due within 20 days after receipt of a correct invoice. Amounts are paid in CNY to the Vendor's account with a bank in mainland China.
H:Article 5 Acceptance
P:5.1 The Vendor shall deliver the Software, the Custom Deliverables and a test plan, and shall notify the Customer when the system is ready for testing.
P:5.2 The acceptance criteria are: (a) every function in the functional design passes the test script; (b) a full weekly plan for both plants is generated in less than six minutes; (c) interface data matches the ERP and MES records for ten consecutive working days; (d) planners confirm that the generated schedules respect all hard constraints in a parallel run of 20 working days; and (e) documentation and source code of the Custom Deliverables are handed over.
P:5.3 After all criteria are met the Customer shall issue a Final Acceptance certificate within ten working days. Productive use of the Software before that certificate does not amount to acceptance. If the system fails the tests, the Vendor shall remedy the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the functional design for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor provides support, corrections and new releases free of charge.
P:6.2 Severity 1 incidents (the planning engine or scheduling board is unavailable, or interfaces stop) shall be responded to within one hour and worked on continuously until resolved; Severity 2 incidents within two hours during business hours; Severity 3 incidents within two business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or paid on request.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the Licence Fee (CNY 138,600 per year). This fee is fixed for the three years following the Warranty Period. Each year of support requires a separate written order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to the Customer upon creation. The Customer may use, modify and license them freely, including through third parties. The Vendor shall hand over their source code with the Final Acceptance documentation.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting damages and costs.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Software is installed in the Customer's data centre. The Vendor's remote access requires the Customer's approval for each session through the Customer's VPN with multi-factor authentication, and all sessions are logged. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, cooperate in the response, and be liable for loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by equivalent duties. This obligation lasts for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for acceptance testing by the date in Article 3.5 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund the amounts paid for Services not accepted and hand over all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Sweden, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration Institute of the Stockholm Chamber of Commerce. The seat of arbitration is Stockholm and the language is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Scope and Project Plan) and Annex 2 (Functional Design), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Mjøsa Fleetworks — Order Form and General Terms

Order Form No. MF-CN-27-0088

## Part A — Order Form

### A1 Parties

- **Provider:** Mjøsa Fleetworks AS, Strandgata, 2317 Hamar, Norway, acting with its service partner in Shanghai for hosting and local support.
- **Customer:** Henan Zhongyuan Cold Chain Logistics Co., Ltd., Zhengzhou, Henan Province, People's Republic of China.

### A2 Subscription

The Customer subscribes to the Fleetworks workshop and fleet maintenance service (the "Service") for its refrigerated truck fleet of about 1,100 vehicles and six workshops. The subscription includes preventive maintenance planning, work orders, tyre and spare-part tracking, telematics fault-code import, driver defect reports through a mobile app, and standard dashboards. Premium Support adds a named customer success manager and a Mandarin-speaking support desk.

### A3 Fees

All amounts are in CNY and include VAT.

| Item | Basis | Per Subscription Year | Total for the Initial Term |
|---|---|---|---|
| Named users (planners, workshop staff, managers) | 180 users × CNY 1,450 | 261,000 | 522,000 |
| Premium Support | flat | 24,000 | 48,000 |
| Onboarding (configuration, data migration, telematics integration, training) | one-time | — | 46,000 |
| **Total Contract Value** | | | **616,000** |

Subscription and Premium Support fees are invoiced quarterly in advance, starting on the Subscription Start Date, in equal instalments of CNY 71,250. The Onboarding fee is invoiced after Go-Live Acceptance. No other amount is payable before the Service starts. Additional users may be added at CNY 1,450 per user per Subscription Year, pro rata.

### A4 Term

The Initial Term is two Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance. Onboarding starts on the date this Order Form is signed. Any renewal requires a new Order Form signed by both parties; the Service does not renew automatically.

### A5 Service Levels

- **Availability:** the production environment will be available 99.95% of each calendar month, excluding maintenance windows announced five days ahead and scheduled between 01:00 and 05:00 China Standard Time.
- **Priority 1** (Service unavailable or work orders cannot be created): response within 30 minutes, at any time; workaround or fix within six hours.
- **Priority 2** (a major function degraded): response within two hours during business hours; fix within two business days.
- **Priority 3** (minor issue or question): response within one business day.
- **Service Credits:** as set out in Part B Section 6.

### A6 Order of Precedence and Signature

This Order Form and the General Terms in Part B form the Agreement. If they conflict, Part A prevails. The Agreement is signed by authorised representatives of both parties.

Provider: ____________________  Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the Service or that the Service generates from them, including vehicle, maintenance, parts, driver and workshop records.

1.2 "Customer Configurations" means the maintenance plans, forms, workflows, report templates and integration mappings built for the Customer during Onboarding or later at its request.

1.3 "Subscription Year" means the annual period starting on the Subscription Start Date and each following annual period starting on an anniversary of that date.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users in accordance with the Order Form and shall maintain and update it. Updates will not materially reduce the functions described in the Order Form.

2.2 The Provider shall host the Service and all Customer Data in a cloud data centre located in mainland China (Shanghai region), with backup in a second mainland region.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall complete Onboarding within 60 days after signature, following the plan agreed at the kick-off meeting.

3.2 Go-Live Acceptance occurs when the Customer confirms in writing that: (a) vehicle, parts and workshop master data have been migrated and reconciled against the Customer's records; (b) fault codes from the Customer's telematics provider are imported automatically for five consecutive days; (c) the agreed workflows have passed the Customer's test script for all six workshops; and (d) key users have been trained. The Customer shall confirm or list the open defects within ten business days after the Provider's readiness notice.

### 4. Support

4.1 The support desk is reachable by phone, e-mail and the in-app ticket function. Priority 1 incidents are handled at any time; other incidents during business hours (08:30 to 18:00 China Standard Time, Monday to Friday, excluding PRC public holidays).

4.2 The customer success manager holds a monthly review with the Customer's fleet maintenance manager, reports on availability, incidents, credits and user adoption, and agrees an improvement plan where targets are missed.

4.3 The Provider shall give the Customer at least 30 days' notice of any release that changes a workflow used by the Customer, and shall offer a test environment for that release.

### 5. Fees and Taxes

5.1 Invoices are payable within 30 days after receipt. The Provider shall issue PRC VAT invoices through its Shanghai service partner.

5.2 Fees are fixed for the Initial Term.

### 6. Service Credits

6.1 If monthly availability falls below the level in A5, the Customer receives a credit against the next invoice: below 99.95% but at least 99.5%, 5% of that month's fee; below 99.5% but at least 99%, 10%; below 99%, 25%.

6.2 If a Priority 1 response is late, the Customer receives a credit of CNY 800 for each hour or part of an hour of delay.

### 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Service to the Customer and for no other purpose.

7.2 The Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to staff who need it, logs administrative access and complies with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Customer Data is not transferred outside mainland China.

7.3 The Provider shall notify the Customer of any personal data breach or other security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and bear the costs and losses caused by its failure to comply with this Section.

7.4 Within 30 days after the end of the Agreement the Provider shall return all Customer Data in a standard format and then delete it.

### 8. Customer Responsibilities

8.1 The Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for the use of the Service by its users.

8.2 The Customer shall not use the Service to store content that is unlawful, shall not attempt to probe or disrupt the Service, and shall not resell access to third parties outside its own group.

8.3 The Customer shall provide timely access to its telematics provider's data interface and to the staff needed for Onboarding.

### 9. Intellectual Property

9.1 The Provider owns the Service and its software.

9.2 Customer Configurations belong to the Customer, which may use, copy, modify and have them used by third parties without restriction. The Provider shall deliver them in an exportable form on request and at the end of the Agreement.

### 10. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties without written consent. This obligation continues for three years after the Agreement ends.

### 11. Sub-processors

The Provider shall not engage any subcontractor or sub-processor that has access to Customer Data without the Customer's prior written consent. The Shanghai hosting and support partner named in A1 is approved by signature of this Order Form.

### 12. Limitation of Liability

12.1 Neither party is liable for indirect or consequential loss or loss of profit.

12.2 The Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limitation does not apply to personal injury, fraud or wilful misconduct.

### 13. Termination

13.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

13.2 If the Customer terminates under Section 13.1, the Provider shall refund any prepaid fees for the period after termination.

### 14. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 15. General

The Customer may not assign the Agreement without the Provider's consent, which shall not be unreasonably withheld. Notices must be in writing and sent to the addresses in A1. Neither party is liable for failures caused by force majeure, provided that it informs the other party promptly and takes reasonable steps to resume performance. This Agreement is made in English and Chinese; both versions are equally valid, and the parties shall interpret any difference in good faith according to the purpose of the Agreement. Each party signs through its authorised representative and the Agreement takes effect on the date of the last signature.
"""

E03 = """
T:Purchase Contract for Grain Storage Monitoring Sensors and Software
P:Contract No. LJGR-2027-EQ-021
P:Buyer: Heilongjiang Longjiang Grain Reserve Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Pohjanmaa Silo Sensing Oy, Seinäjoki, Finland (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Supplier supplies and installs temperature, moisture and gas sensors in the Buyer's grain silos and warehouses at three depots, together with a perpetual licence of its monitoring software, so that the Buyer can detect heating, moisture migration and insect activity in stored grain early.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Clause 2 at the Buyer's depots in Suihua, Zhaodong and Anda, and shall train the Buyer's storage keepers and IT staff.
P:1.2 The equipment shall be suitable for outdoor temperatures from minus 42 to plus 45 degrees Celsius and shall comply with the applicable PRC standards for grain storage monitoring and electrical safety.
P:1.3 The monitoring software shall be installed on servers in the Buyer's data room in Harbin and shall connect to the Buyer's grain reserve management system through the interface described in Annex 1.
H:2. Price
P:2.1 The Contract Price is CNY 1,800,000, inclusive of VAT, delivery to the depots, customs clearance, insurance and installation. The price is fixed and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 18 m, with sensor points every metre|640|1,150|736,000
TB:2|Moisture and CO2 sensor units|96|2,900|278,400
TB:3|Wireless gateways with solar power kit|32|8,600|275,200
TB:4|SiloWatch monitoring software, perpetual licence, three depots|1|312,000|312,000
TB:|Hardware and Licence Subtotal|||1,601,600
TB:5|Installation, calibration and commissioning|1|176,000|176,000
TB:6|Training|1|22,400|22,400
TB:|Contract Price|||1,800,000
P:2.2 No other charges are payable. Spare parts for the warranty period are included.
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 1,170,000) within 30 days after all equipment has been installed at the three depots and the Buyer has signed the Installation Certificate. The Installation Certificate records quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 630,000) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid PRC VAT invoice issued by the Supplier or its appointed importer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the depots within 75 days after signature and complete installation within 45 days after delivery. Installation in silos that contain grain shall follow the Buyer's safety rules for work inside storage structures and requires the written permit of the depot manager.
P:4.2 The Supplier shall provide as-built drawings, a sensor map for every silo and warehouse, and calibration records for each sensor.
P:4.3 The Supplier is responsible for export packing suitable for sea and rail transport, import formalities through its appointed importer, and delivery to each depot. Risk in the equipment passes to the Buyer when the Installation Certificate for the depot concerned is signed.
P:4.4 The Supplier shall train at least 24 storage keepers and four IT staff at the depots, in Chinese, covering daily reading of the monitoring screens, response to alarms, replacement of a sensor cable, gateway battery care and basic software administration. Training materials become the Buyer's property.
P:4.5 The Supplier shall appoint a project manager based in China who is available at the depots during installation and acceptance and who coordinates with the Buyer's storage department.
H:5. Acceptance
P:5.1 After installation the system shall run for 45 days under normal storage conditions.
P:5.2 Final Acceptance requires that: (a) all sensor points report at the configured interval, with no more than two faulty points per silo, each replaced within the test period; (b) temperature readings agree with reference thermometers within 0.5 degrees Celsius at the points tested by the Buyer; (c) alarms for temperature rise, moisture and CO2 are raised in the software and sent to the depot keepers' phones within two minutes; (d) the interface transfers readings to the Buyer's grain reserve management system without loss for ten consecutive days; and (e) all documents listed in Clause 4.2 have been delivered.
P:5.3 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met. Installation, commissioning or use of the system does not by itself amount to acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. During this period it shall repair or replace defective parts free of charge, including labour and travel, and provide software updates.
P:6.2 Faults are classified as Severity 1 (a depot or the software stops reporting), Severity 2 (a silo or gateway stops reporting) and Severity 3 (a single sensor point or minor function). The Supplier shall respond to Severity 1 faults within two hours, at any time, and restore service within 48 hours; respond to Severity 2 faults within eight hours and restore within three working days; and fix Severity 3 faults at the next quarterly visit.
P:6.3 For each hour by which a response or restoration time is exceeded the Supplier shall pay the Buyer CNY 600, deducted from amounts due or paid on request.
P:6.4 After the warranty the Buyer may order support for the fourth and fifth years at 7.5% of the Hardware and Licence Subtotal per year (CNY 120,120 per year). This price is fixed. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare temperature cables, sensor units and gateway parts in Harbin during the warranty, sufficient to carry out restorations within the times in Clause 6.2, and shall make spare parts available for purchase for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The SiloWatch software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence for its depots and any future depot of the Buyer in Heilongjiang.
P:7.2 The sensor maps, alarm rules, the interface to the Buyer's system and all other work produced specifically for the Buyer belong to the Buyer, which may use and modify them and have third parties maintain them. The interface source code shall be delivered at Final Acceptance.
P:7.3 The Supplier shall defend the Buyer against any claim that the equipment or software infringes the rights of a third party and shall bear all resulting damages and costs.
H:8. Data Security
P:8.1 All readings, alarms, depot layouts and stock information belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The system operates in the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not transfer any data outside the Buyer's systems or outside mainland China.
P:8.3 The Supplier shall report any security incident within 12 hours, cooperate in its investigation and bear the losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the locations, capacities and stock levels of the Buyer's depots and all other non-public information of the Buyer, and shall not disclose them without the Buyer's written consent. This obligation survives the end of the Contract without limit in time.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation by the dates in Clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's appointed importer for customs clearance is approved by this Contract.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for equipment not accepted and remove it at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, including severe winter weather that makes access to the depots unsafe, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 Changes to this Contract must be made in writing and signed by both parties. Notices are sent to the addresses above by courier or e-mail with confirmation of receipt.
P:14.3 This Contract is made in Chinese and English. Both versions are equally authentic.
P:Annex 1: Technical specification and interface description. Annex 2: Depot list and silo layout.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Fleet IT and Connectivity Services Agreement

Agreement No. HMS-NB-2027-03

**Customer:** Ningbo Dongfang Coastal Shipping Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

**Supplier:** Haugesund Maritime Systems AS, Smedasundet, Haugesund, Norway, acting through its branch office in Shanghai.

**Background.** The Customer operates a fleet of coastal bulk carriers and container feeders. It wishes to outsource the operation of the onboard IT networks, the vessel-to-shore connectivity and the onboard IT help desk to the Supplier for a fixed term of 36 months. The Supplier operates a network operations centre for ship owners.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has been completed in accordance with Clause 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its crews and its vessels that the Supplier receives or processes in providing the Services, including network logs, crew internet accounts, voyage data passed through the onboard network and help desk tickets.

1.5 "Incident" means an unplanned interruption or degradation of a Service, classified by priority as set out in Schedule 2.

## 2. Services

2.1 The Supplier shall provide the Services for the vessels listed in Schedule 1 and for the Customer's fleet operations office in Ningbo, in accordance with this Agreement and good industry practice.

2.2 The Supplier shall operate its network operations centre 24 hours a day, monitor every vessel's onboard network and connectivity link, manage the configuration of onboard firewalls, switches and Wi-Fi, and coordinate with the satellite and mobile network carriers chosen by the Customer. Carrier airtime is bought by the Customer directly and is not part of this Agreement.

2.3 The Supplier shall provide a help desk for masters, officers and crew in English and Chinese, by phone, e-mail and chat.

2.4 The Supplier shall provide monthly service reports covering Incidents, response and restoration times, Service Credits, link usage and open changes, and shall attend a quarterly service review in Ningbo.

2.5 Changes to onboard configurations are made only through the change procedure agreed during transition. Standard changes, such as adding a crew account or adjusting bandwidth rules, are included in the Monthly Service Charge. Major changes, such as adding a new network segment or replacing onboard equipment, are quoted separately and carried out only after the Customer's written approval.

## 3. Transition

3.1 The Supplier shall carry out the transition within 90 days after signature. The transition includes a survey of each vessel, documentation of the existing networks, installation of the Supplier's monitoring agents, set-up of the help desk and knowledge transfer from the Customer's current provider.

3.2 The transition is complete when: (a) all vessels in Schedule 1 are visible in the Supplier's monitoring with live status; (b) network documentation for every vessel has been delivered and approved by the Customer's marine IT superintendent; (c) the help desk has handled test tickets from three vessels and the office; and (d) the runbooks for the Incident types in Schedule 2 have been approved.

3.3 If the Service Commencement Date has not occurred within 90 days after signature for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of CNY 2,200 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,550,000, inclusive of VAT.

4.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears, starting with the first full month after the Service Commencement Date; a part month is charged pro rata.

4.3 Invoices are payable within 30 days after receipt of a valid PRC VAT invoice. Service Credits are deducted from the next invoice.

4.4 The charges are fixed for the Term. Vessels may be added or removed on 30 days' notice at the per-vessel rate in Schedule 3.

## 5. Service Levels

5.1 The Supplier shall meet the response and restoration targets in Schedule 2. The response time is measured from the moment the Incident is reported by the vessel or detected by the network operations centre to the moment a Supplier engineer starts working on it and informs the vessel.

5.2 If a target is missed, the Supplier shall pay the Service Credits in Schedule 2 and shall provide a root-cause report within five working days for every Priority 1 Incident.

5.3 Service Credits in any month are limited to the Monthly Service Charge of that month.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall return it to the Customer at the end of the Term.

## 7. Customer Responsibilities

7.1 The Customer shall give the Supplier remote access to the onboard equipment, shall instruct its masters to cooperate with the Supplier's engineers, and shall keep the carrier contracts in force.

7.2 When a vessel is in port, the Customer shall arrange access for the Supplier's engineers where an on-board visit is needed. Port visits outside China are charged at cost if agreed in advance.

## 8. Intellectual Property

8.1 The Supplier retains its tools, monitoring software and general know-how.

8.2 The vessel network documentation, configurations, runbooks and reports produced for the Customer belong to the Customer, which may use and modify them freely and hand them to any other provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's fleet, routes, cargo and commercial information, and shall not disclose it to third parties without the other party's written consent. This obligation continues for five years after the end of the Agreement.

## 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.

## 11. Liability

11.1 The Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct, which are not limited.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement.

12.2 The Supplier may terminate this Agreement by written notice if the Customer fails to pay undisputed invoices within 60 days after a written reminder.

12.3 The Customer's remedies for any failure of the Services are the Service Credits under Schedule 2 and damages under Clause 11. The Customer has no right to terminate this Agreement before the end of the Term.

12.4 At the end of the Term the Supplier shall provide exit assistance for up to 60 days, including handover of documentation and configurations to the Customer or a new provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 Neither party is liable for failure caused by force majeure, including severe weather, war risks or carrier outages beyond the Supplier's control, provided it informs the other party promptly.

14.2 Changes must be agreed in writing. The Schedules form part of this Agreement.

## Schedule 1 — Services and Vessels

| Service element | Scope | Hours |
|---|---|---|
| Network operations centre | Monitoring of onboard networks and connectivity links, configuration management of firewalls, switches and Wi-Fi | 24 × 7 |
| Carrier coordination | Fault reporting and follow-up with the Customer's satellite and 5G carriers | 24 × 7 |
| Help desk | Crew and officer support in English and Chinese, user accounts, crew Wi-Fi vouchers | 24 × 7 |
| Office support | Fleet operations office in Ningbo, remote and on site | Business days 08:30–17:30 |
| Vessels covered | 14 vessels: 9 bulk carriers and 5 container feeders, names listed in the annex to this Schedule | — |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Service Credit if missed |
|---|---|---|---|---|
| P1 | Vessel has no connectivity, or the bridge or engine-room network is down | within 6 hours | within 24 hours | CNY 1,500 per hour of late restoration |
| P2 | Degraded connectivity or crew network down on one vessel | within 8 hours | within 48 hours | CNY 500 per hour of late restoration |
| P3 | Single user or device problem | next business day | within 5 business days | none |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement | 84,000 |
| Monthly Service Charge | 14 vessels and office, per month | 68,500 |
| Monthly Service Charge over the Term | 36 months × 68,500 | 2,466,000 |
| Additional or removed vessel | per vessel per month | 4,600 |
| **Total Contract Value** | Transition Charge + 36 monthly charges | **2,550,000** |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. PMD-CN-2027-007

Provider: Pohjola Metals Data Oy, Satamakatu, Kokkola, Finland ("Provider")
Customer: Hunan Xiangjiang New Energy Materials Co., Ltd., Changsha, Hunan Province, People's Republic of China ("Customer")

The Customer produces cathode materials for lithium-ion batteries and buys cobalt, nickel and lithium intermediates. The Provider publishes price assessments, supply and trade-flow data and forecasts for battery metals. The Customer wishes to receive this data through the Provider's API and web portal for its purchasing, treasury and planning teams. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the Provider's daily price assessments, weekly supply and trade-flow series, monthly forecasts and historical series back to 2015 for cobalt, nickel, lithium and manganese products, as listed in Annex A.

1.2 "API" means the Provider's REST interface through which the Data is delivered in machine-readable form, and "Portal" means the Provider's web portal.

1.3 "Subscription Year" means the annual period beginning on the Subscription Start Date, and each following annual period beginning on an anniversary of that date.

1.4 "Customer Data" means all data supplied by the Customer to the Provider or generated by the Customer's use of the API and Portal, including API keys, query logs, watch lists, uploaded purchase volumes and user details.

1.5 "Customer Outputs" means reports, models, dashboards and analyses created by or for the Customer using the Data.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Term to access the Data through the API and the Portal and to use it for the internal business of the Customer and its subsidiaries in mainland China.

2.2 The licence covers up to 36 named Portal users and API calls of up to 200,000 per month. The Customer may not resell the Data or publish it in raw form, but may show extracts in internal reports and to its auditors, banks and insurers.

2.3 Customer Outputs belong to the Customer, including any Customer-specific indices or dashboards built for it by the Provider under Clause 3, and the Customer may use, modify and share them freely. Data contained in Customer Outputs remains subject to Clause 2.2.

2.4 The Provider shall publish its price assessment methodology, inform the Customer at least 30 days before any material change to it, and publish corrections to any Data found to be wrong, with the corrected values delivered through the API on the same day.

3. ONBOARDING AND DELIVERY ACCEPTANCE

3.1 Within 30 days after signature (the "Delivery Date"), the Provider shall: (a) provision API keys and Portal accounts; (b) load the full historical series into the Customer's dedicated data view; (c) build two Customer-specific dashboards for cobalt sulphate and lithium carbonate purchasing; and (d) support the Customer's IT team in connecting the API to the Customer's data warehouse.

3.2 Delivery Acceptance occurs when the Customer confirms in writing that: (a) test calls for every endpoint in Annex A return complete data that matches the Portal; (b) the historical series are complete and pass the Customer's reconciliation against a sample of ten published price points; (c) the daily data is received by the Customer's warehouse by 18:00 China Standard Time on five consecutive publication days; and (d) the dashboards meet the agreed specification. The Customer shall confirm or list the defects within seven working days after the Provider's notice of readiness.

3.3 The Subscription Start Date is the date of Delivery Acceptance.

3.4 If Delivery Acceptance has not occurred by the Delivery Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay until Delivery Acceptance, and the Subscription Start Date moves accordingly.

4. FEES AND PAYMENT

4.1 The fees are:

   Item                                   Basis                     CNY
   Subscription fee, Subscription Year 1  per Subscription Year     318,000
   Subscription fee, Subscription Year 2  per Subscription Year     318,000
   Onboarding and dashboards              one-time                   28,000
   Total Contract Value                                             664,000

4.2 The subscription fee for each Subscription Year is invoiced in two equal half-yearly instalments of CNY 159,000, in advance, at the start of each half-year. The onboarding fee is invoiced after Delivery Acceptance. No amount is payable before Delivery Acceptance.

4.3 Invoices are payable within 30 days after receipt. All fees include VAT and are paid in CNY through the Provider's authorised distributor in Shanghai, which issues the PRC VAT invoices.

4.4 API calls above the monthly allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears.

5. SERVICE LEVELS

5.1 The API and Portal shall be available at least 99.5% of each calendar month, excluding maintenance announced at least three days in advance and carried out on weekends.

5.2 Daily price assessments shall be published by 17:00 China Standard Time on each publication day.

5.3 Incidents are handled as follows: Priority 1 (API or Portal unavailable, or daily data not published): response within one hour, at any time, and restoration as soon as possible; Priority 2 (delayed, incomplete or incorrect data series): response within three hours on business days and correction within two business days; Priority 3 (other questions): response within two business days.

5.4 If availability in a month is below the level in Clause 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall. If daily data is published late on more than three days in a month, the Customer receives a further credit of 3% of the monthly equivalent. Credits are deducted from the next invoice.

5.5 The Provider shall send the Customer a monthly service report showing availability, publication times, incidents and credits, and shall hold a review call with the Customer's purchasing manager each quarter.

6. DATA PROTECTION AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the services to the Customer and shall not use it for any other purpose, including its own research, price assessments or products, and shall not disclose it to third parties.

6.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for its staff, access logging and annual penetration tests. Customer Data relating to the Customer's purchase volumes is stored only in a data centre in mainland China operated by the Provider's distributor.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate fully in the investigation, and compensate the Customer for losses caused by its breach of this Clause.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchase volumes, suppliers and pricing, and shall use it only for this Agreement. The obligation continues for five years after the end of this Agreement.

8. TERM AND RENEWAL

8.1 The Initial Term is two Subscription Years from the Subscription Start Date.

8.2 At the end of the Initial Term, and of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

8.3 For each renewal period the subscription fee is the Provider's list price in effect at the time of renewal. The Provider may increase the fee for a renewal period by notice given at least 75 days before the renewal date.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the delivery of the services, or give any third party access to Customer Data, without the Customer's prior written consent. The Shanghai distributor named in Clause 4.3 is approved for invoicing and hosting under this Agreement.

10. LIABILITY

10.1 The Provider does not warrant that forecasts will prove correct, but warrants that the Data is compiled with reasonable skill and care in accordance with its published methodology.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for fraud, wilful misconduct, breach of Clause 6 or Clause 7 and, for the Customer, payment of the fees.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 The Customer may also terminate by written notice if availability falls below the level in Clause 5.1 in three consecutive months.

11.3 On termination by the Customer under this Clause, the Provider shall refund the fees paid for the period after termination. On termination for any reason, the Provider shall return or delete the Customer Data within 30 days.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

13. GENERAL

13.1 Neither party is liable for failure caused by force majeure, provided it informs the other party promptly.

13.2 Changes to this Agreement must be in writing and signed by both parties. Annex A (Data coverage and API endpoints) forms part of this Agreement.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h834z01_eco_bureau_light_pollution_monitoring_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h834z02_eraser_factory_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h834z03_baduanjin_chain_booking_membership_saas.txt", "txt", "zh", Z03),
    "z04": ("h834z04_police_vehicle_emission_supervision_om_service.txt", "txt", "zh", Z04),
    "z05": ("h834z05_ironwork_process_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h834e01_planning_software_perpetual_licence_se_vendor.pdf", "pdf", "en", E01),
    "e02": ("h834e02_fleet_maintenance_saas_order_form_no_vendor.md", "md", "en", E02),
    "e03": ("h834e03_grain_silo_sensors_monitoring_licence_fi_vendor.docx", "docx", "en", E03),
    "e04": ("h834e04_managed_fleet_it_connectivity_36_months_no_vendor.md", "md", "en", E04),
    "e05": ("h834e05_battery_metals_data_api_subscription_fi_vendor.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, contract value,
#      design data: fee base (itemised licence/hardware subtotal) for TCO, forum outside mainland, design rules
D = {
    "z01": dict(cat="software", t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9,
                                   False, True, False, "PRC", G],
                sla=True, ld=True, capped=True, deemed=False, cv=1630000, base=868000, abroad=False, rules=[]),
    "z02": dict(cat="hardware", t=[None, 1, True, "buyer", True, True, True, 0.1, 60, 10, True, True, 24, 8.5,
                                   False, True, True, "PRC", G],
                sla=True, ld=True, capped=True, deemed=False, cv=1780000, base=1452000, abroad=False,
                rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": dict(cat="cloud", t=[99.5, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                                True, True, False, "PRC", S],
                sla=True, ld=True, deemed=False, cv=648000, abroad=False,
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(cat="services", t=[None, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None,
                                   None, False, True, False, None, S],
                sla=True, ld=True, deemed=False, cv=726000, abroad=False,
                rules=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z05": dict(cat="software", t=[None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 28,
                                   False, True, None, None, G],
                sla=False, ld=True, capped=True, deemed=True, cv=484000, base=296000, abroad=False,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(cat="software", t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                   False, True, False, "Sweden", G],
                sla=True, ld=True, capped=True, deemed=False, cv=1988000, base=1260000, abroad=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", t=[99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None,
                                None, None, False, True, False, "PRC", S],
                sla=True, ld=False, deemed=False, cv=616000, abroad=False,
                rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": dict(cat="hardware", t=[None, 2, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7.5,
                                   False, True, False, "PRC", G],
                sla=True, ld=True, capped=True, deemed=False, cv=1800000, base=1601600, abroad=False, rules=[]),
    "e04": dict(cat="services", t=[None, 6, True, "buyer", False, True, True, 2200 / 2550000 * 100, 150, None, True,
                                   None, None, None, False, False, False, "PRC", S],
                sla=True, ld=True, deemed=False, cv=2550000, abroad=False,
                rules=["CR-DATA-SECURITY", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "e05": dict(cat="cloud", t=[99.5, 1, True, "buyer", True, True, True, 700 / 664000 * 100, 150, None, True, None,
                                None, None, True, True, False, "PRC", S],
                sla=True, ld=True, deemed=False, cv=664000, abroad=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def tco_share(d):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = dict(zip(TERM_KEYS, d["t"]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * d["base"] * t["post_warranty_fee_pct"] / 100
    return fees / (d["cv"] + fees) * 100


def derive(d):
    """My reading of policy section 3 applied to a label."""
    t = dict(zip(TERM_KEYS, d["t"]))
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
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
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["abroad"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = FILES[key]
    d = D[key]
    terms = dict(zip(TERM_KEYS, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["cv"]
    return {"file": name, "language": lang, "category": d["cat"], "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(d)}


# ---------------------------------------------------------------------------------------------------------------
# Read-back and threshold scan
# ---------------------------------------------------------------------------------------------------------------
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


PCT = r"\s*(?:%|％|percent|per\s*cent)"
NB = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    NB + r"99\.90*(?!\d)",                                   # availability 99.9
    NB + r"0?\.050*(?!\d)",                                  # LD 0.05 (per day)
    r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    NB + r"(?:30|15|40|100)(?:\.0+)?" + PCT,                 # prepayment / post-warranty / TCO / cap
    r"百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九点])",
    NB + r"4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",          # P1 response 4 hours
    r"(?<![-\w])four\s*(?:\(4\)\s*)?-?\s*hours?", r"(?<![十\d])四个?小时",
    NB + r"12\s*-?\s*(?:months?|个月)",                    # warranty 12 months
    r"(?<![-\w])twelve\s*(?:\(12\)\s*)?-?\s*months?", r"(?<![\d一二三四五六七八九])十二个月",
    r"(?:质保|保修|维护)期?(?:为)?(?:一|1)年", r"(?:一|1)年(?:质保|保修)",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "15%", "40 %", "100%", "100 percent", "百分之三十", "百分之百", "百分之十五", "99.9%", "99.9 %",
            "0.05%", "0.05 %", "万分之五", "4 hours", "4小时", "4 个小时", "四小时", "four hours", "four (4) hours",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "twelve (12) months", "质保期为一年"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "130%", "115%", "140%", "1,100%", "0.055%", "0.08%", "24 hours", "14 hours",
             "二十四小时", "24小时", "twenty-four hours", "30 days", "三十日", "112 months", "120 months", "36 months",
             "万分之五十", "百分之三十五", "15 days", "40 degrees", "CNY 1,040", "0.5 degrees", "7.5%", "12 hours", "2027年12月31日"]


def scan(text):
    hits = set()
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits.update(m.group(0) for m in THRESHOLD_RE.finditer(variant))
    return sorted(hits)


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the threshold scan
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    docs = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[3] for k, v in docs.items()}, {k: (v[0], v[1]) for k, v in docs.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, fmt, lang, src) in FILES.items():
        d = D[k]
        lab = label(k)
        assert list(lab["expected_terms"]) == TERM_KEYS
        assert lab["expected_rules"] == sorted(d["rules"]), (k, lab["expected_rules"], d["rules"])
        covered.update(lab["expected_rules"])
        for key, th in TH.items():
            v = lab["expected_terms"][key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        share = tco_share(d)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (k, share)
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s %5d %s rules=%s risk=%s tco=%s" % (k, name, n, "zh chars" if lang == "zh" else "en words",
                                                           ",".join(x[3:] for x in lab["expected_rules"]) or "-",
                                                           risk(lab["expected_rules"]),
                                                           None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = {k: len(label(k)["expected_rules"]) for k in FILES}
    assert mix["z05"] in range(8, 11)
    assert [k for k in FILES if mix[k] == 0] == ["z01", "e03"]
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
