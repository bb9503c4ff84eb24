"""Builds the holdout662 set: ten draft contracts (5 zh, 5 en), their .json labels, and the checks of the brief.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. The .txt/.md files are written as they stand
below; the .docx/.pdf files are built from their markup (T:/H:/P:/TB:) by ../word_pdf.py, PDFs broken at word
boundaries. Labels are derived from the terms below with my own reading of policy §3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:价格认定业务平台建设项目采购合同
P:合同编号：JZRD-2027-HT-006
P:甲方（采购人）：临川市价格认证中心
P:乙方（供应商）：江右数智信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：LCZC-2026-1187）、乙方投标文件和中标通知书，经双方协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方为甲方建设价格认定业务平台，包括价格认定业务管理软件（含受理登记、现场勘验、测算复核、集体审议、结论文书、档案归集六大模块）的永久使用许可、按甲方需求进行的定制开发、历史案卷数据迁移、与市公共资源交易平台及涉案财物管理系统的接口开发，以及部署、实施与培训。
P:1.2 详细功能需求以招标文件第三章《采购需求》及双方确认的《需求规格说明书》为准。需求规格说明书经甲方书面确认后，方可作为开发和验收的依据。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），其中：价格认定业务管理软件许可费¥612,000；定制开发费¥586,000；数据迁移及接口开发费¥174,000；部署实施及培训费¥96,000。
P:2.2 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（¥73,400），质保期满且无违约扣款后由甲方无息退还。
P:2.3 合同总价为固定总价，已包含软件许可、开发、迁移、差旅、税费及本合同约定质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函及合法发票后十个工作日内支付合同总价的20%作为预付款，计¥293,600。
P:3.2 系统完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，计¥660,600。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥513,800。
P:3.4 甲方以财政国库集中支付方式付款，乙方应在每期付款前开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发和数据迁移，具备初步验收条件；初步验收后系统试运行六十日。
P:4.2 乙方应派驻项目经理一名及不少于四名实施工程师，项目经理未经甲方书面同意不得更换。
P:4.3 乙方应为甲方业务人员提供不少于三期操作培训，并为系统管理员提供专门的运维培训，培训教材随系统一并交付。
P:4.4 甲方应提供机房环境、服务器资源和历史数据导出等必要配合；因甲方原因造成工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现并通过甲方组织的功能测试；（2）历史案卷数据迁移完成，抽样核对的案卷数量不少于迁移总量的10%，且抽样案卷的字段与原系统逐项一致；（3）与公共资源交易平台、涉案财物管理系统的接口连续运行十个工作日无数据丢失；（4）在三百个并发用户条件下，常用页面响应时间不超过两秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方机构出具的安全测评报告无高危漏洞；乙方交付全部源代码、数据库设计说明、部署手册和用户手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格的以甲方签署的验收报告为准。系统上线运行或甲方使用系统，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内完成整改并重新提请验收，所需费用由乙方自行承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、性能优化和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的10%，即每年不超过¥61,200，该标准在质保期满后的三个年度内不得上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度进行一次巡检，并向甲方提交书面巡检报告和优化建议。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划停机经甲方同意的除外）。
P:7.2 故障分为三级。一级故障指平台整体不可用或价格认定结论无法出具，乙方应在三十分钟内响应、两小时内到达现场、八小时内恢复；二级故障指部分模块不可用，乙方应在两小时内响应、一个工作日内解决；三级故障为一般问题，三个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，扣减当年维护费¥2,000，质保期内从履约保证金中扣除。
H:第八条 数据安全与数据归属
P:8.1 平台中的价格认定案卷、涉案财物信息、测算数据及日志等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，实施期间仅可通过甲方堡垒机访问生产环境，不得将数据拷贝至甲方网络以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
P:8.4 合同终止或履行完毕后十五日内，乙方应删除其持有的甲方数据及副本，并向甲方出具书面确认。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、案件信息和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 定制开发的程序、接口、数据迁移脚本及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托第三方修改、使用。
P:10.2 价格认定业务管理软件的著作权仍归乙方，甲方获得永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方知识产权。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或未按期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金，因财政资金拨付流程造成的延迟除外。
P:11.4 乙方逾期超过三十日的，甲方有权解除合同，乙方应退还已收款项并按第11.1款支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应及时通知对方并在十日内提供证明，双方协商延期履行或变更合同。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及需求规格说明书均为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:甲方（盖章）：临川市价格认证中心　　乙方（盖章）：江右数智信息技术有限公司
P:签订日期：2027年3月____日
"""
Z02 = """T:压制烧成线控制系统改造及维保合同
P:合同编号：YSM-JG-2027-014
P:甲方：豫中砂轮磨具股份有限公司
P:乙方：中原智控自动化工程有限公司
P:甲方为提升树脂砂轮及陶瓷砂轮压制成型、烧成工序的自动化水平，委托乙方对一号压制烧成线的控制系统进行改造。双方经协商一致，签订本合同。
H:一、改造范围
P:（一）压制工段：更换六台液压压机的控制器和伺服比例阀，增加压制压力、保压时间和坯体重量的在线采集，实现配方参数下发。
P:（二）烧成工段：对两条梭式窑和一条隧道窑的温控系统进行改造，更换温控仪表和热电偶，新增窑炉燃烧控制程序和升温曲线管理。
P:（三）上位软件：部署生产监控软件和配方管理软件各一套，建设中控室监控画面、报警管理和批次追溯报表。
P:（四）安装、调试、旧设备拆除和操作培训。
P:（五）改造完成后，乙方应移交竣工资料，包括电气图纸、IO清单、程序备份、操作规程和维护手册，纸质版及电子版各一套。
H:二、合同价款
P:本合同总价为人民币壹佰玖拾壹万元整（¥1,910,000），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|压机控制器及伺服比例阀|6套|582,000
TB:2|窑炉温控仪表、热电偶及燃烧控制柜|3套|496,000
TB:3|PLC主站、工业交换机及现场IO|1批|268,000
TB:4|中控室服务器、操作站及大屏|1批|154,000
TB:5|生产监控软件及配方管理软件许可|各1套|236,000
TB:|软硬件小计||1,736,000
TB:6|安装调试及旧设备拆除|1项|148,000
TB:7|操作及维护培训|1项|26,000
TB:|合计||1,910,000
P:上述价格为含税固定价格，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。所供设备应为原厂全新产品，乙方应随货提供合格证和原厂质保证明。
H:三、付款方式
P:（一）合同生效后十五个工作日内，甲方支付合同总价的10%，计¥191,000。
P:（二）全部设备到货并经双方清点签收后，甲方支付合同总价的55%，计¥1,050,500。到货签收仅为数量清点，不视为质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，计¥668,500。
H:四、工期
P:（一）乙方应在合同生效后七十日内完成设备供货，在甲方安排的停产检修窗口内完成安装调试，停线时间不得超过二十日。
P:（二）改造期间乙方应遵守甲方的安全生产管理制度，进入窑炉区域作业须办理动火及高温作业审批手续。
P:（三）甲方负责提供停产窗口、施工用电、压缩空气和吊装条件；因甲方原因造成延误的，工期相应顺延。
P:（四）乙方应编制施工组织方案和停线切换方案，经甲方审批后实施。切换前应完成模拟调试，确保切换期间窑炉安全降温和重新升温。
H:五、验收
P:（一）验收标准：1. 压制压力控制偏差不超过设定值的±1.5%；2. 窑炉各温区控温偏差不超过±3℃，升温曲线执行偏差满足工艺要求；3. 配方下发、批次追溯报表与现场记录逐项核对一致；4. 系统连续带料运行三十日，未发生一级故障，产品合格率不低于改造前三个月的平均水平。
P:（二）满足上述标准后，由甲方组织生产、设备、质检部门共同验收并签署最终验收报告。设备安装完毕或投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改完毕并重新提请验收。
P:（四）验收时乙方应提交调试记录、测试报告、培训记录和竣工资料清单。
H:六、质量保证
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并免费提供软件升级。
P:（二）质保期内故障分级及响应要求：一级故障指压制或烧成工序停产、窑炉温控失效，乙方应在接到通知后8小时内响应，二十四小时内到达现场；二级故障指单台设备或部分功能异常，乙方应在一个工作日内响应，三个工作日内修复；三级故障为一般性问题，五个工作日内处理。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付¥500；同一设备在质保期内因同一原因故障三次以上的，乙方应予更换。
P:（四）质保期内乙方每季度上门巡检一次，检查控制柜、仪表和通讯链路，并出具巡检报告。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括定期巡检、备品备件供应、故障维修、软件升级和工艺参数优化。
P:（二）年度维保费按软硬件小计的26%计取，即每年¥451,360，在质保期满后的四个年度内保持不变。维保合同每年签订，甲方按季度支付。
P:（三）维保期内的服务响应要求同本合同第六条第（二）项。
P:（四）维保期内乙方应在甲方厂区储备常用备件，温控仪表、热电偶和IO模块各不少于两套。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、窑炉控制程序、组态画面、报表及配方模板的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改和使用。
P:（二）生产监控软件和配方管理软件的著作权归原权利人所有，甲方获得永久使用许可。
P:（三）乙方保证所供设备及软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:九、数据安全
P:（一）系统采集的工艺参数、配方、产量和质量数据均属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和堡垒机进行，操作全程记录。乙方应对其接入设备采取病毒防护措施，不得在控制网络中安装与本项目无关的软件。
P:（三）因乙方原因造成甲方数据泄露、丢失或控制系统被攻击的，乙方应在发现后两小时内通知甲方，并承担由此造成的全部损失。
H:十、保密
P:乙方对在本合同履行中知悉的甲方配方、工艺参数、产品结构和经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）因乙方原因导致停线超过约定时间的，乙方应赔偿甲方由此造成的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（四）乙方提供的设备不符合技术规格的，甲方有权要求更换，由此延误的工期按本条第（一）项计算违约金。
H:十二、分包
P:乙方不得将本合同项下工作转包。确需将电气安装等辅助工作分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。乙方逾期交货超过三十日或验收两次不合格的，甲方亦有权解除合同。
H:十四、适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交郑州仲裁委员会仲裁。
H:十五、不可抗力
P:因地震、洪水、疫情等不可抗力致使合同无法按期履行的，受影响一方应及时书面通知对方，并在十日内提供有关证明，双方协商延期履行或变更合同。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备清单、技术规格书、验收大纲。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期：2027年4月____日
"""
Z03 = """门店点餐及会员管理系统SaaS服务合同

合同编号：FJ-IT-2027-03
甲方：天津福记饺子餐饮管理有限公司
乙方：杭州云味科技有限公司

甲方经营“福记饺子馆”连锁门店六十家，现采购乙方的门店点餐及会员管理SaaS服务及实施服务。双方经友好协商，订立本合同，共同遵守。

一、服务内容
（一）SaaS服务
1. 乙方向甲方六十家门店提供云端点餐收银、扫码点餐、后厨出单、外卖订单聚合、会员储值与积分、营销券核销、经营报表等功能的SaaS服务。
2. 甲方总部可通过管理后台统一维护菜品、价格、门店和会员规则，并查看各门店实时经营数据。
3. 服务期间乙方负责系统运行维护、版本升级和安全防护，新增的标准功能免费向甲方开放。
（二）实施服务
1. 系统初始化配置、菜品及会员数据导入、与甲方金蝶ERP的财务凭证接口、会员小程序页面定制。
2. 对门店店长、收银员和总部运营人员进行培训，每家门店现场培训不少于两小时。
3. 首批十家门店试点，试点通过后分三批推广至全部门店。
（三）门店终端
门店所需的收银一体机、厨房打印机和扫码设备由甲方自行采购，乙方负责提供兼容设备清单，并协助完成安装调试。
（四）门店增减
甲方新增门店的，按每店每个服务年度¥3,680计收，不足一个服务年度的按月折算；门店关停的，自下一季度起相应减少服务费。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期的服务费由乙方按其届时公布的标准价格确定，乙方有权据此上调服务费，甲方不得以价格调整为由拒绝支付续期费用。
（三）续期期间的服务水平、数据安全和保密约定与本合同相同。

三、费用及支付
（一）SaaS服务费按门店数计收，每店每个服务年度¥3,680，六十家门店每个服务年度合计¥220,800，两个服务年度合计¥441,600。
（二）实施费为固定金额¥86,000。
（三）合同总价为¥527,600。
（四）SaaS服务费按季度支付，每个季度开始后十日内支付当季费用¥55,200；实施费在全部门店上线验收合格后十五个工作日内一次性支付。
（五）乙方应在每次收款前开具增值税专用发票。
（六）会员营销短信费用由甲方自行向短信通道服务商支付，不包含在本合同价款内。

四、实施与验收
（一）乙方应在合同签订后二十日内完成试点门店上线，在合同签订后六十日内完成全部门店上线。
（二）上线验收标准：1. 功能清单所列功能全部可用；2. 试点门店连续运行十四日，订单与收款金额日终对账无差异；3. ERP财务凭证接口连续十个营业日传输正确；4. 会员数据导入后，抽查五百名会员的余额和积分与原系统一致。
（三）甲方在收到乙方验收申请后七个工作日内组织验收并出具书面意见。门店开始使用系统，不视为验收合格。
（四）乙方逾期完成全部门店上线的，每逾期一日向甲方支付违约金¥400。
（五）验收不合格的，乙方应在七日内完成整改并重新提请验收。
（六）试点及推广期间，乙方应安排实施顾问驻场，协助门店处理营业高峰期的操作问题。

五、服务水平
（一）系统月度可用率不低于99.5%，乙方每月提供可用率报告。
（二）故障分级：一级故障指全部或多家门店无法点餐、收银或核销会员权益，乙方应在十五分钟内响应、一小时内恢复；二级故障指单家门店或单项功能异常，乙方应在一小时内响应、当日恢复；三级故障为一般咨询及优化需求，两个工作日内答复。
（三）月度可用率每低于约定值0.1个百分点，按当月服务费的2%扣减；一级故障恢复超时的，每超时一小时扣减¥300。扣减款项在下一期服务费中抵扣。
（四）乙方提供7×24小时客服热线，节假日期间应安排专人值守。
（五）乙方每月五日前向甲方提交上月服务报告，内容包括可用率、故障处理记录、版本更新说明和门店使用情况分析。
（六）乙方进行计划维护的，应安排在凌晨一时至五时之间，并提前三日通知甲方；未经通知的停机计入不可用时间。

六、数据权属与数据安全
（一）甲方在使用服务过程中产生的会员信息、订单数据、菜品及经营数据均属于甲方所有。乙方仅可为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，落实网络安全等级保护第三级要求，对会员手机号等个人信息加密存储，并建立访问权限审批和操作日志审计制度。
（三）发生数据泄露、丢失或被篡改的，乙方应在发现后两小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失。
（四）合同终止后，乙方应在三十日内按甲方要求导出全部数据，移交完成后删除其保存的甲方数据并出具书面确认。
（五）乙方每个服务年度至少组织一次渗透测试，并将测试结论和整改情况提交甲方。乙方员工访问甲方数据须经审批并留存日志，日志保存不少于六个月。

七、保密
乙方对在合作中知悉的甲方经营数据、菜品配方、价格策略、会员规模等商业信息负有保密义务，未经甲方书面同意不得披露给任何第三方。保密义务在合同终止后继续有效。乙方应与接触甲方信息的员工签订保密协议。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的会员小程序页面、ERP接口程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托他人修改使用。
（三）乙方保证其提供的服务及交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。

九、服务外包
乙方可将门店终端安装、现场培训和上门巡检等工作委托其合作服务商完成，但应提前以书面形式通知甲方，并对合作服务商的行为承担责任。合作服务商名单及其变更情况，乙方应在月度服务报告中列明。

十、违约责任与合同解除
（一）乙方违反本合同约定的，应承担继续履行、采取补救措施及赔偿损失等违约责任。
（二）乙方严重违约，或连续两个月可用率低于约定值，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收取但未提供服务期间的服务费。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。
（四）因乙方原因导致会员储值余额或积分错误的，乙方应在核实后三日内协助更正，并赔偿甲方由此产生的损失。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。

十二、不可抗力
因自然灾害、公共卫生事件、基础电信网络大面积中断等不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失；不可抗力持续超过三十日的，双方可协商解除合同。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：门店清单；附件三：实施计划。

甲方（盖章）：天津福记饺子餐饮管理有限公司
乙方（盖章）：杭州云味科技有限公司
签订日期：2027年5月____日
"""
Z04 = """重点用能单位能耗在线监测系统运维服务合同

合同编号：CZJN-YW-2027-01
采购人（甲方）：滁州市节能监察中心
供应商（乙方）：安徽能联信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件（项目编号：CZCG-2026-0932）、乙方响应文件及成交通知书，甲乙双方就重点用能单位能耗在线监测系统运维服务事项，签订本合同。

第一条 服务范围
（一）市级能耗在线监测平台（含数据采集前置机、数据库、数据交换接口及展示门户）的日常运行维护。
（二）全市一百二十家重点用能单位端四百六十个数据采集点的采集终端、通讯链路的巡检、故障处理和必要的更换。
（三）数据质量核查：对各单位上传的电、煤、气、热等能耗数据进行日常校验，发现异常数据及时核实并督促整改。
（四）按省级平台要求完成数据报送，编制月度、季度能耗分析报告，配合甲方开展节能监察和能源审计工作。
（五）平台运行所需的操作系统、数据库补丁更新及与省级平台的接口适配。
（六）协助甲方对重点用能单位的数据报送人员进行操作培训，全年不少于两期。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同即行终止，甲方如需继续采购运维服务，按政府采购程序另行确定供应商。乙方应在合同签订后十日内完成与上一运维单位的交接，交接完成前的运维工作由乙方与上一运维单位按交接计划分工负责。

第三条 合同价款
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），其中：平台运维费¥168,000；采集终端巡检维护费¥146,000；数据质量核查及分析报告费¥48,000；备品备件费¥24,000。
（二）合同总价为固定价格，包含人员、交通、备件、工具、税费等全部费用。服务期内新增重点用能单位不超过十家的，不另行计费。
（三）备品备件费用于更换损坏的采集终端、通讯模块和电源模块，乙方应在运维报告中列明更换明细，服务期满后未使用的备品备件归甲方所有。

第四条 付款方式
（一）服务费按季度支付。每季度结束后，甲方依照第六条完成季度考核，考核合格的，在收到发票后十五个工作日内支付当季服务费¥96,500。
（二）季度考核中发生扣减的，甲方从当季服务费中直接扣除。
（三）本合同不设预付款。
（四）乙方应开具增值税发票，发票金额与当季应付金额一致。

第五条 服务要求
（一）乙方应组建不少于五人的运维团队，其中驻场工程师两名，工作日在甲方指定地点办公，节假日安排人员值守。
（二）平台月度可用率不低于99.95%，计划维护须提前三个工作日经甲方同意，并安排在非工作时间进行。可用率按自然月统计，以平台监控日志记录为准。
（三）故障分级：一级故障指平台整体中断或二十家以上单位数据中断，乙方应在三十分钟内响应，三小时内恢复；二级故障指单家单位数据中断或部分功能异常，乙方应在两小时内响应，两个工作日内修复；三级故障为一般性问题，五个工作日内处理完毕。
（四）采集终端每半年巡检一次，巡检覆盖全部采集点，并填写巡检记录交甲方存档。
（五）乙方每月五日前提交上月运维报告，内容包括平台运行情况、故障处理、数据质量核查结果及改进建议。
（六）驻场工程师应具备计算机或能源相关专业背景，熟悉数据库和工业通讯协议；乙方更换驻场工程师的，应提前十日书面告知并经甲方同意。
（七）乙方应建立运维工作台账，记录每次故障的发生时间、处理过程和恢复时间，台账每月随运维报告提交。
（八）在节能宣传周、能源审计及上级检查等重要时段，乙方应安排专人全天值守，确保平台稳定运行。

第六条 季度考核
（一）考核内容：1. 平台月度可用率是否达到第五条要求；2. 故障响应与处理是否及时；3. 重点用能单位数据按时上传率不低于98%；4. 巡检计划和数据报送任务是否按时完成；5. 运维报告和分析报告是否按时提交、内容是否完整。
（二）考核由甲方组织，考核结果以甲方出具的书面考核意见为准。考核不合格的，乙方应在十日内整改，整改后重新考核。
（三）服务期满前十五日，甲方对全年服务进行终期评价，评价结果记入甲方供应商履约档案。

第七条 服务质量扣减
（一）平台月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000。
（二）一级故障响应或恢复超时的，每超时一小时扣减¥800；二级故障处理超时的，每超时一日扣减¥300。
（三）未按时提交运维报告或分析报告的，每逾期一日扣减¥200。

第八条 数据归属
平台中的全部能耗数据、企业基础信息和分析结果均属于甲方所有，乙方仅可为履行本合同使用上述数据，不得用于本合同以外的其他目的。服务期满后，乙方应将工作过程中形成的数据资料全部移交甲方。

第九条 保密
乙方及其工作人员对在服务中知悉的重点用能单位生产经营信息、能耗数据和甲方工作信息负有保密义务，未经甲方书面同意，不得向任何第三方披露或对外发布。保密义务在本合同终止后继续有效。乙方应与全体运维人员签订保密承诺书，并报甲方备案。

第十条 知识产权
乙方在服务期内为甲方开发的数据校验脚本、统计报表模板、分析模型及相关文档，其知识产权归甲方所有，乙方应一并交付源文件。平台原有软件的知识产权不因本合同发生转移。

第十一条 违约责任
（一）乙方未按运维计划完成采集终端巡检、数据报送或接口适配任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方运维人员数量或资质不符合响应文件承诺的，每发现一次扣减¥2,000，并应在五日内补足。
（三）乙方原因造成数据错报、漏报并被省级主管部门通报的，乙方应承担相应责任并负责整改。
（四）乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。

第十二条 合同的变更与解除
（一）本合同履行期间，除因不可抗力致使合同目的不能实现外，任何一方均不得解除合同。
（二）乙方未达到服务要求或违反本合同约定的，甲方可按第七条、第十一条扣减服务费或要求支付违约金，并要求乙方限期整改，乙方应继续履行合同。

第十三条 转包与分包
乙方不得将本合同项下的运维服务转包或者分包给任何第三方。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向滁州市人民法院提起诉讼。诉讼期间，除有争议的部分外，双方应继续履行本合同其他条款。

第十五条 不可抗力与工作交接
（一）因不可抗力致使本合同部分或全部不能履行的，受影响一方应及时通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
（二）服务期满时，乙方应向甲方或甲方指定的新供应商移交平台账号、运维文档、巡检记录和备品备件清单，并提供不少于十五日的交接配合。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书是本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滁州市节能监察中心
乙方（盖章）：安徽能联信息技术有限公司
签订日期：2026年12月____日
"""
Z05 = """# 锐锋磨削追踪系统软件许可及定制开发合同

（锐锋软件标准合同文本 V3.0）

合同编号：RF-XS-2027-0418

甲方：湘东钻头刀具制造有限公司

乙方：株洲锐锋工业软件有限公司

鉴于甲方拟对其硬质合金钻头生产车间的磨削单元实施生产过程追踪，乙方同意依照本合同约定向甲方提供“锐锋磨削追踪系统”软件许可及定制开发服务，双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供锐锋磨削追踪系统标准版软件许可，覆盖甲方周磨、开刃、刃磨、刃口钝化及涂层前检测五类工位，共计二十八个工位站点。

1.2 乙方根据甲方需求进行定制开发，内容包括：砂轮寿命与修整记录模块、刀具批次二维码追踪模块、磨床数据采集接口（含五轴数控磨床、刃口检测仪）、与甲方ERP及质量系统的数据接口、车间看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统部署于甲方自有服务器，乙方提供安装介质和授权文件，授权文件按工位站点数量控制。

1.5 系统支持接入的磨床品牌及型号以附件《功能清单》为准，清单以外的设备接入另行计费。

## 第二条 合同价款

2.1 合同总价为人民币壹佰零肆万肆仟元整（¥1,044,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锐锋磨削追踪系统标准版软件许可（二十八个工位站点） | 420,000 |
| 2 | 定制开发（砂轮寿命、批次追踪、设备接口、系统接口、看板） | 536,000 |
| 3 | 安装部署、数据初始化及培训 | 88,000 |
| | 合计 | 1,044,000 |

2.2 上述价款不包括服务器、网络设备、扫码枪、工位终端等硬件，上述硬件由甲方自行采购。

2.3 甲方因需求变更增加的开发工作量，按每人天¥2,400另行计费。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的50%，即¥522,000。

3.2 系统上线运行后五个工作日内，甲方向乙方支付合同总价的50%，即¥522,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发和服务，工期相应顺延。

3.4 乙方收到款项后十个工作日内开具增值税专用发票。

## 第四条 实施与交付

4.1 乙方在收到首期款项后开始实施，计划于九十日内完成部署并上线运行。

4.2 甲方应按乙方要求及时提供需求资料、设备通讯协议、现场网络及服务器环境，并指定项目对接人。因甲方原因造成延误的，工期顺延，乙方不承担责任。

4.3 需求确认后，甲方提出的变更须经乙方书面同意，由此延长的工期和增加的费用由甲方承担。

4.4 乙方提供管理员培训和工位操作员培训各一期，培训结束后由甲方参训人员签字确认。

4.5 上线前乙方进行内部测试，并向甲方发出上线通知。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线之日起七日内未向乙方提出书面异议的，或甲方已开始使用系统的，亦视为验收合格。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，内容包括软件缺陷修复、远程技术支持和使用咨询。

6.2 免费维护期内，对于导致系统无法使用的一级故障，乙方在接到甲方通知后2小时内作出远程响应，并尽力恢复；对于其他故障，乙方在两个工作日内响应。

6.3 乙方将尽合理努力处理故障，但不因故障处理时间承担任何扣款、赔偿或违约责任。

6.4 以下情形不属于免费维护范围：甲方自行修改系统或数据库；硬件、网络或操作系统故障；甲方误操作；第三方软件引起的问题。乙方处理上述问题的，按每人天¥2,400收费。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护服务，双方另行签订维护合同。

7.2 维护服务费按乙方届时公布的服务价格标准收取，乙方有权根据市场情况调整价格标准。

7.3 甲方未签订维护合同的，乙方不再提供版本升级和远程支持，系统运行风险由甲方自行承担。

## 第八条 知识产权

8.1 锐锋磨削追踪系统及其相关文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的模块、接口程序、看板及其源代码、技术文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，不得提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方如需取得定制开发成果的源代码，应另行支付源代码授权费，具体金额由双方另行协商。

## 第九条 数据

9.1 甲方在使用系统过程中产生的生产数据归甲方所有。

9.2 甲方同意，乙方有权对甲方的生产数据、设备运行数据进行脱敏处理后，用于乙方产品优化、算法模型训练和行业分析报告，该等使用不需另行取得甲方同意，也不支付任何费用。

9.3 乙方对系统部署和远程维护过程采取必要的安全防护措施，包括访问账号权限分级、远程连接加密及操作日志记录。因乙方过错造成甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，并依照本合同第十二条承担赔偿责任。

## 第十条 保密

10.1 双方对在合作中获知的对方技术资料、商业信息负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 保密期限为本合同终止后两年。

10.3 乙方可在其宣传材料和客户名单中列明甲方名称及项目概况。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。

11.2 甲方违反本合同第八条的，应按合同总价的20%向乙方支付违约金，并赔偿乙方全部损失。

11.3 因甲方原因导致项目暂停超过六十日的，乙方有权要求甲方支付已完成工作的费用，并解除合同。

## 第十二条 责任限制

12.1 乙方在本合同项下的累计赔偿责任，无论基于违约、侵权或其他原因，均不超过合同总价的20%。

12.2 乙方对甲方的间接损失、利润损失、停产损失及数据恢复费用不承担责任。

12.3 因甲方提供的设备协议不准确、设备本身缺陷或网络中断导致的数据采集错误，乙方不承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 合同解除后，乙方已收取的许可费不予退还。

## 第十四条 不可抗力

因不可抗力导致任何一方不能履行本合同的，受影响一方不承担责任，但应及时通知对方。不可抗力包括但不限于自然灾害、政府行为、公共卫生事件、网络运营商故障及黑客攻击。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

16.3 本合同附件包括《功能清单》《定制开发需求说明》《实施计划》，附件与正文具有同等效力。

甲方（盖章）：________　　乙方（盖章）：________

签订日期：____年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HMS-DL-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Dalian Haixin Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ganjingzi District, Dalian, Liaoning Province (the "Buyer"), and Hakodate Marine Systems K.K., a company incorporated in Japan with its head office in Hakodate, Hokkaido (the "Vendor").
P:The Buyer operates three cold-storage warehouses for frozen seafood in Dalian and wishes to replace its warehouse management system. The Vendor develops the FrostLedger warehouse management software for cold-chain operators. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means FrostLedger WMS version 8, including the temperature-zone module, the lot and catch-certificate traceability module and the handheld terminal application, in object code, together with its user and administrator documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts, data migration programs and related documents that the Vendor develops specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Article 5.
P:1.4 "Buyer Data" means all data entered into, generated by or stored in the Software in the course of the Buyer's operations, including inventory, customer, temperature and traceability records.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three Dalian warehouses for up to 160 named users and 90 handheld terminals, for its own business and that of its affiliates in the People's Republic of China.
P:2.2 The Vendor shall install and configure the Software, develop interfaces to the Buyer's ERP system, its cold-room temperature monitoring system and the customs e-port platform, migrate the Buyer's open inventory and traceability records from the current system, and train the Buyer's staff.
P:2.3 The detailed scope, project plan and acceptance test plan are set out in Annexes 1 to 3, which form part of this Agreement.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,720,000 (inclusive of applicable taxes), made up of the Software licence fee of CNY 1,280,000, implementation services (configuration, interfaces and data migration) of CNY 396,000, and training of CNY 44,000.
P:3.2 The price is fixed. It includes travel and living expenses of the Vendor's staff and all services during the warranty period.
P:3.3 The Buyer shall pay: (a) 20% of the total price (CNY 344,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in China; (b) 45% (CNY 774,000) after the Software is installed and the data migration is completed, which is not acceptance; and (c) 35% (CNY 602,000) within 20 days after Final Acceptance.
H:Article 4 Delivery and Project Schedule
P:4.1 The Vendor shall complete installation, configuration and data migration within 100 days after signature and shall be ready for Final Acceptance testing within 130 days after signature.
P:4.2 The Vendor shall assign a bilingual project manager who shall be on site in Dalian during configuration, migration and go-live. The project manager shall not be replaced without the Buyer's prior written approval.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing follows the acceptance test plan in Annex 3. The criteria are: (a) every function in the agreed function list works as specified; (b) the migrated inventory balances reconcile with the legacy system for every storage location and lot; (c) the ERP and e-port interfaces run for ten consecutive working days without lost or duplicated messages; (d) handheld transactions complete in less than two seconds at 90 concurrent terminals; and (e) the Software runs for 30 days of live operation without a Severity 1 incident.
P:5.2 Where the criteria are met, the Buyer shall sign the final acceptance certificate within seven working days. Where they are not met, the Vendor shall correct the defects and the tests shall be repeated at the Vendor's cost.
P:5.3 Installation, go-live or use of the Software in live operation does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months from Final Acceptance. During this period the Vendor shall correct defects, provide new versions and patches, and provide telephone, e-mail and remote support free of charge.
P:6.2 Incidents are classified as Severity 1 (warehouse operations stopped, or temperature or traceability records cannot be recorded), Severity 2 (a major function impaired with a workaround) and Severity 3 (other issues). The Vendor shall respond to a Severity 1 incident within one hour and restore operation within eight hours; respond to a Severity 2 incident within two hours and resolve it within three working days; and respond to a Severity 3 incident within one working day.
P:6.3 Where the Vendor misses a Severity 1 response or restoration time, it shall pay the Buyer a service credit of CNY 800 for each hour or part of an hour of delay. Service credits are deducted from the next payment or paid within 30 days.
P:6.4 After the warranty period the Buyer may order annual support covering the services in Articles 6.1 and 6.2. The annual support fee is 11% of the Software licence fee, that is CNY 140,800 per year, and shall not be increased for the three years following the end of the warranty period. Support is ordered by the Buyer each year by purchase order and does not renew automatically.
H:Article 7 Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose.
P:7.2 The Software is installed on the Buyer's servers in Dalian. The Vendor shall access the production environment only through the Buyer's remote access gateway, with an account approved by the Buyer for each session, and shall not transfer Buyer Data outside the People's Republic of China.
P:7.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall keep its access credentials secure and shall report any actual or suspected security incident involving Buyer Data to the Buyer within 12 hours of becoming aware of it. The Vendor is liable for losses caused by a security incident attributable to it.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:8.2 These obligations survive for three years after the end of this Agreement.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:9.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to be ready for Final Acceptance testing by the date in Article 4.1 for reasons attributable to it, it shall pay delay damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:10.2 If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 12.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:11.2 This limit does not apply to personal injury, wilful misconduct, infringement of intellectual property rights, or breach of Articles 7 and 8.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the parts of the work not accepted, and the Buyer may keep the licence to the Software if the licence fee has been paid.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as earthquake, typhoon, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Japan.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association. The seat of arbitration is Tokyo, and the language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Scope and function list. Annex 2: Project plan. Annex 3: Acceptance test plan.
P:For the Buyer: Dalian Haixin Cold Chain Logistics Co., Ltd.    For the Vendor: Hakodate Marine Systems K.K.
P:Signature: ____________________    Signature: ____________________
P:Date: ____________________    Date: ____________________
"""
E02 = """# ORDER FORM No. AKC-2027-0311

**KumoCraft Cloud Subscription — Order Form and General Terms**

This Order Form is entered into between **Foshan Linhe Furniture Manufacturing Co., Ltd.**, Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer"), and **Asahikawa Kumo Craft Technologies Co., Ltd.**, Asahikawa, Hokkaido, Japan ("Provider"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Services

Provider will provide the KumoCraft cloud service for furniture manufacturers: the product configurator for modular sofas and cabinets, dealer ordering portal, quotation engine, production bill-of-materials export and the dealer analytics dashboard (the "Services"), for up to 40 internal named users and 320 dealer accounts of Customer's distribution network in mainland China.

### A2. Subscription Term

The Subscription Term is 36 months, starting on the Subscription Start Date. The Subscription Start Date is the date on which Provider makes the production tenant available to Customer, planned for 1 July 2027. This Order Form does not renew automatically. Any continuation of the Services after the Subscription Term requires a new order form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual, 40 users / 320 dealers | 254,000 |
| Subscription fee, Subscription Year 2 | annual, 40 users / 320 dealers | 254,000 |
| Subscription fee, Subscription Year 3 | annual, 40 users / 320 dealers | 254,000 |
| Implementation services (one-time) | fixed price | 98,000 |
| **Total Order Value** | | **860,000** |

All amounts include VAT. Additional dealer accounts may be added in blocks of 20 at the price in Provider's quotation of 2 March 2027; such additions are not part of the Total Order Value.

### A4. Invoicing and Payment

(a) On signature of this Order Form, Provider will invoice the Subscription fee for Subscription Year 1 together with the Implementation services fee, a total of CNY 352,000. Customer shall pay this invoice within 15 days, and in any case before the Subscription Start Date. Provider is not obliged to start implementation work or make the tenant available until this invoice is paid.

(b) The Subscription fees for Subscription Years 2 and 3 are invoiced on the first day of the relevant Subscription Year and payable within 30 days.

(c) Payments are made in CNY to the account of Provider's Shanghai branch stated on the invoice.

### A5. Implementation and Go-Live Acceptance

(a) Provider will configure the product catalogue for 18 sofa and 26 cabinet series, load the price rules, connect the quotation engine to Customer's Kingdee ERP and the production bill-of-materials export to Customer's MES, and train Customer's key users and dealer trainers.

(b) Go-Live Acceptance tests follow the test plan agreed in the project kick-off. The criteria are: every configured series produces correct bills of materials for the agreed test orders; quotations match Customer's price rules for the agreed sample of 300 configurations; ERP and MES interfaces run for ten consecutive working days without lost orders; and 50 dealers complete ordering in the pilot. Customer signs a Go-Live Acceptance certificate when the criteria are met. Use of the Services by dealers before that date is not acceptance.

(c) If Go-Live Acceptance is not achieved within 90 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 50,000.

### A6. Contacts

Customer: Digital Transformation Department, Ms. Liang Wenjing. Provider: Customer Success, Mr. Takeshi Ono.

## PART B — GENERAL TERMS

### 1. Provision of the Services

1.1 Provider will provide the Services in accordance with the documentation and this Order Form and will not materially reduce their functionality during the Subscription Term.

1.2 Customer is responsible for the accounts of its users and dealers and for the accuracy of the product and price data it supplies.

1.3 Provider will provide support in Chinese and English through a ticketing portal and a hotline staffed from 08:00 to 22:00 China Standard Time on every day of the Subscription Term, and at any time for Priority 1 incidents.

### 2. Service Levels

2.1 Provider will make the Services available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 06:00 China Standard Time.

2.2 Incidents are classified as Priority 1 (the Services or the dealer ordering portal unavailable to all users), Priority 2 (a major function impaired) and Priority 3 (other). Provider will respond to a Priority 1 incident within 30 minutes and restore service within three hours; respond to a Priority 2 incident within two hours; and respond to a Priority 3 incident within one business day.

2.3 If monthly availability falls below the level in section 2.1, Customer receives a service credit of 5% of the monthly equivalent of the annual Subscription fee for each 0.1 percentage point of shortfall, and a further credit of CNY 1,000 for each hour by which a Priority 1 restoration is late. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

### 3. Intellectual Property

3.1 Provider owns the Services, the KumoCraft software and all improvements to them.

3.2 The product models, configuration rules, price rules, templates and interface mappings created for Customer under this Order Form ("Customer Configurations") belong to Customer. Provider will export them in a documented format on request, and Customer may use, modify and license them freely, including with other suppliers.

### 4. Customer Data and Security

4.1 "Customer Data" means all data submitted to the Services by Customer, its users and dealers, including product, price, dealer, order and end-customer data. As between the parties, Customer owns Customer Data.

4.2 Provider hosts the Services and Customer Data in a data centre located in Shanghai, mainland China, operated on a filing under the multi-level protection scheme at level 3. Provider encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication, and keeps access logs for at least six months.

4.3 Customer grants Provider a licence to use Customer Data to provide the Services. Customer also agrees that Provider may collect usage data and may aggregate and anonymise Customer Data, and may use such aggregated and anonymised data to improve and develop its products, train its recommendation models and publish industry benchmarks, during and after the Subscription Term.

4.4 Provider will notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, cooperate with Customer in its investigation and reporting to authorities, and bear the costs and losses caused by incidents attributable to its failure to meet this section 4.

4.5 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in a standard format and then delete it from its systems.

4.6 Once in each Subscription Year, and on request after a security incident, Provider will give Customer a summary of its latest independent penetration test and the status of remediation.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public information, including Customer's product designs, prices and dealer lists, and will not disclose it to third parties without the other party's prior written consent.

5.2 This obligation continues for three years after the end of the Subscription Term.

### 6. Subcontractors

6.1 Provider's hosting provider and support partner are listed in the Annex to this Order Form and are approved by Customer's signature. Provider shall not engage any other subcontractor or sub-processor for the Services without Customer's prior written consent. Provider remains responsible for the acts of its subcontractors.

### 7. Limitation of Liability

7.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value.

7.2 The limit does not apply to breach of sections 4 and 5, to infringement of intellectual property rights or to wilful misconduct.

### 8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

8.2 If Customer terminates under section 8.1, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

8.3 Provider may suspend the Services if an undisputed invoice remains unpaid for more than 45 days after written reminder.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 10. General

10.1 Neither party may assign this Order Form without the other party's prior written consent.

10.2 Notices must be in writing and sent to the contacts in section A6.

10.3 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

10.4 This Order Form is signed in English and Chinese. In case of inconsistency, the Chinese version prevails.

**Signed for Customer:** ____________________ Date: __________

**Signed for Provider:** ____________________ Date: __________
"""
E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. RZHT-CG-2027-052
P:Buyer: Rizhao Huatai Paper Co., Ltd., Lanshan District, Rizhao, Shandong Province, People's Republic of China.
P:Supplier: Kushiro Condition Monitoring Co., Ltd., Kushiro, Hokkaido, Japan, acting through its representative office in Qingdao.
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to monitor the condition of the rotating equipment of its No. 3 paper machine and its pulp line, and the Supplier has offered wireless sensors, gateways and its monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's KCM Insight condition monitoring software, including the analytics engine, the alarm module and the mobile application, licensed under clause 4.
P:1.3 "Custom Deliverables" means the machine models, alarm thresholds, dashboards, reports and the interface to the Buyer's maintenance management system prepared for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 7.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 180 wireless vibration and temperature sensors on the dryer section, press section, refiners, pumps and fans, 12 wireless gateways and one edge server, and shall supply the Software for 250 monitored assets.
P:2.2 The Supplier shall configure machine models for each monitored asset, set alarm thresholds with the Buyer's maintenance engineers, build dashboards for the maintenance, production and management teams, and connect the Software to the Buyer's maintenance management system so that alarms create work orders automatically.
P:2.3 The Supplier shall train 16 maintenance engineers as key users and two system administrators.
H:3. Price
P:3.1 The Contract Price is CNY 1,472,000, inclusive of 13% VAT, customs duties, delivery to the Buyer's mill in Rizhao, installation and all services during the warranty period. The price is broken down as follows.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, triaxial, ATEX-rated housing|180|3,600|648,000
TB:2|Wireless gateway with industrial enclosure|12|18,500|222,000
TB:3|Edge server with redundant power supply|1|86,000|86,000
TB:4|KCM Insight software licence, perpetual, 250 assets|1|368,000|368,000
TB:|Subtotal, Equipment and Software licence|||1,324,000
TB:5|Installation, commissioning and model configuration|1|126,000|126,000
TB:6|Training|1|22,000|22,000
TB:|Contract Price|||1,472,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software at its Rizhao mill for up to 250 monitored assets and unlimited users, for its internal business purposes.
P:4.2 The Buyer may make copies of the Software for backup and disaster recovery. The licence continues after the end of the warranty and support periods.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 147,200) within 15 days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 809,600) within 20 days after all Equipment has been installed and the installation certificate has been signed. The installation certificate confirms quantities and installation only and is not acceptance.
P:5.3 The Buyer shall pay 35% of the Contract Price (CNY 515,200) within 20 days after Final Acceptance.
P:5.4 All payments are made in CNY by bank transfer against a valid VAT invoice.
H:6. Delivery and Installation
P:6.1 The Supplier shall deliver the Equipment within 60 days after signature and complete installation and commissioning within 45 days after delivery. Installation on running machines shall follow the Buyer's permit-to-work procedure and be carried out during shutdowns scheduled by the Buyer.
P:6.2 The Supplier shall submit an installation plan for each shutdown at least ten days in advance, listing the assets, mounting method and number of technicians, for the Buyer's approval.
P:6.3 The Supplier shall provide certificates of origin and quality, and a calibration certificate for each sensor.
H:7. Acceptance
P:7.1 Final Acceptance testing starts after commissioning. The criteria are: (a) every sensor reports data to the Software at its configured interval over 14 consecutive days, with gaps only during shutdowns agreed by the Buyer; (b) the vibration readings of 20 assets selected by the Buyer agree with readings taken by the Buyer's portable analyser within the tolerance stated in the technical specification; (c) alarms for test conditions are raised within 60 seconds and create work orders in the maintenance management system; and (d) the system runs for 30 days without a Severity 1 incident.
P:7.2 When the criteria are met, the Buyer shall sign the final acceptance certificate within seven working days. Installation, commissioning or use of the system in operation is not acceptance.
P:7.3 If the criteria are not met, the Supplier shall remedy the defects within 15 days at its own cost and the tests shall be repeated.
H:8. Warranty and Support
P:8.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, provide Software updates and patches, and provide remote and on-site support.
P:8.2 Incidents are classified as Severity 1 (monitoring of the paper machine or the pulp line is lost), Severity 2 (loss of monitoring for individual assets or a major function impaired) and Severity 3 (other issues). The Supplier shall respond to a Severity 1 incident within 30 minutes and restore monitoring within eight hours, respond to a Severity 2 incident within two hours and resolve it within two working days, and respond to a Severity 3 incident within one working day.
P:8.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 600, deducted from the next payment or from the bank guarantee.
P:8.4 After the warranty period the Buyer may order annual support covering the services in clauses 8.1 and 8.2. The annual support fee is 9% of the Subtotal for Equipment and Software licence, that is CNY 119,160 per year, fixed for the two years following the end of the warranty period. Each year of support is ordered separately and does not renew automatically.
H:9. Buyer Data and Data Security
P:9.1 All measurement data, alarms, reports and maintenance records generated by the system are the Buyer's property. The Supplier shall use them only to perform this Contract and shall not copy, retain or use them for any other purpose, including in anonymised or aggregated form.
P:9.2 The Software and all data are hosted on the edge server and the Buyer's servers inside the mill network. The Supplier shall access the system remotely only through the Buyer's approved remote access gateway, with a session approved by the Buyer each time, and shall not transfer data out of the mill network.
P:9.3 The Supplier shall take technical and organisational measures to protect the system against unauthorised access, shall notify the Buyer of any security incident within 12 hours, and shall compensate the Buyer for losses caused by a security incident attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all technical and commercial information of the Buyer received under this Contract, including process data, equipment layouts and production figures, and shall not disclose it to any third party without the Buyer's prior written consent. This clause survives termination for three years.
H:11. Intellectual Property
P:11.1 The Supplier retains the intellectual property in the Software and the Equipment firmware.
P:11.2 The Custom Deliverables belong to the Buyer. The Supplier shall deliver them with their source files, and the Buyer may use, modify and license them freely, including to other service providers.
H:12. Delay Damages and Liability
P:12.1 If the Supplier delays delivery or completion of commissioning, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work, including installation, without the Buyer's prior written consent, and shall remain responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund the payments received for Equipment and services not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:16. Miscellaneous
P:16.1 This Contract is made in Chinese and English. Both versions have equal effect.
P:16.2 Amendments to this Contract must be made in writing and signed by both parties.
P:16.3 Annex 1: Technical specification. Annex 2: Sensor location list. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. ANIT-QF-2027-02

**Between:** Xianyang Qinfeng Fruit Juice Co., Ltd., Qindu District, Xianyang, Shaanxi Province, People's Republic of China ("Customer")

**And:** Aomori Northern IT Services Co., Ltd., Aomori, Aomori Prefecture, Japan ("Provider"), acting through its wholly owned subsidiary in Xi'an for service delivery in China.

**Background:** Customer produces apple juice concentrate at three plants in Shaanxi and wishes to outsource the operation of its IT infrastructure and plant networks. Provider offers managed infrastructure services. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the service commencement certificate under section 4.

1.5 "Customer Data" means all data of Customer, its employees, growers and customers that Provider accesses, stores or processes in providing the Services.

## 2. Term

2.1 The Service Term is 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties at charges agreed at that time; there is no automatic renewal.

2.3 At the end of each contract year the parties shall hold an annual service review covering performance, security, improvements and the plan for the following year.

## 3. Services

3.1 Provider shall provide the Services at the Customer sites listed in Schedule 1, in accordance with the Service Levels and good industry practice.

3.2 Provider shall staff a service desk in Xi'an, provide on-site engineers at the Qindu and Liquan plants and attend the Baishui plant within the times in Schedule 2.

3.3 Provider shall maintain an up-to-date inventory of all managed devices, perform patching in agreed maintenance windows, and carry out quarterly disaster recovery tests of the ERP and laboratory systems.

3.4 Provider shall report monthly on Service Level performance, incidents, changes, capacity and security events, and attend a monthly service review with Customer's IT manager.

3.5 Provider shall keep spare switches, access points and firewall modules at the Qindu plant sufficient to replace any failed device within the restoration times, and shall maintain manufacturer support for the managed devices at its own cost.

3.6 Provider shall propose improvements each quarter, including capacity and lifecycle recommendations, but shall not change the architecture without Customer's approval.

## 4. Transition and Service Commencement

4.1 Provider shall complete the transition of the Services from Customer's current provider within 75 days after signature, following the transition plan agreed at kick-off.

4.2 The service commencement criteria are: (a) every device in the inventory is under Provider's monitoring; (b) runbooks for every critical system are approved by Customer; (c) a 14-day parallel run has been completed without a missed Priority 1 response; and (d) a successful restore test of the ERP database has been witnessed by Customer. When the criteria are met, Customer signs the service commencement certificate. Taking over individual services before that date is not acceptance.

4.3 If the Service Commencement Date has not occurred within 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 120,000.

4.4 Customer shall give Provider timely access to its sites, systems and the documentation of its current provider, and shall appoint a transition manager.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears.

5.2 Invoices are payable within 30 days after receipt of a valid VAT invoice. Service credits are deducted from the invoice for the following month.

5.3 The Charges are fixed for the Service Term. Changes in the number of managed devices within 10% of the baseline in Schedule 1 do not change the Charges.

5.4 Travel to the Customer sites is included in the Monthly Service Charge and is not charged separately.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and for no other purpose.

6.2 Provider shall keep Customer Data in mainland China, access Customer systems only through Customer's privileged access management system with individual accounts and multi-factor authentication, keep access logs for at least six months, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.3 Provider shall notify Customer of any security incident affecting Customer systems or Customer Data within two hours of detection, contain it, and bear the costs and losses caused by incidents attributable to Provider.

6.4 At the end of the Service Term Provider shall return all Customer Data and documentation and delete any copies it holds.

## 7. Intellectual Property

7.1 Provider keeps its tools, monitoring software and pre-existing methods.

7.2 Runbooks, scripts, configuration records, network diagrams and other documents created for Customer under this Agreement belong to Customer, which may use, modify and pass them to any future provider without restriction.

## 8. Personnel and Subcontracting

8.1 Provider shall assign a service delivery manager and shall not replace key personnel named in Schedule 1 without Customer's prior approval.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

8.3 Provider's engineers working at Customer sites shall follow Customer's food safety, hygiene and site safety rules, and shall hold valid health certificates where those rules require them.

## 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 restoration time in three consecutive months.

10.2 Either party may terminate this Agreement if the other party becomes insolvent.

10.3 On expiry or termination Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services can be transferred to Customer or a new provider without interruption.

10.4 If Customer terminates under section 10.1, Provider shall refund the Transition Charge pro rata to the remaining Service Term.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.

## 12. General

12.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

12.2 This Agreement, including its Schedules, is the entire agreement between the parties. Amendments must be in writing.

12.3 Notices must be in writing and sent to the addresses of the parties stated above.

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Service desk | Chinese-language desk, 07:00–23:00 every day, on-call outside those hours | All sites, 620 users |
| End-user support | Desktops, laptops, printers, mobile devices | Qindu, Liquan, Baishui |
| Network management | Core and access switches, firewalls, wireless, WAN links | Qindu, Liquan, Baishui |
| Plant network monitoring | Monitoring of the production network and its firewall to the office network | Qindu, Liquan |
| Server and backup | 46 virtual servers, storage, daily backup, quarterly restore test | Qindu data room |
| Security operations | Patch management, endpoint protection, log review | All sites |

Key personnel: service delivery manager; senior network engineer.

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | Plant network, ERP or laboratory system down at any plant | 15 minutes | 3 hours |
| Priority 2 | Service degraded for a department or a line | 1 hour | 8 hours |
| Priority 3 | Single user affected | 2 hours | 2 business days |
| Core network availability | Monthly, per plant, excluding agreed maintenance | 99.95% | — |

## Schedule 3 — Charges and Service Credits

| Item | Amount (CNY) |
|---|---|
| Transition Charge (one-time) | 124,000 |
| Monthly Service Charge | 58,000 per month |
| Monthly Service Charges over 36 months | 2,088,000 |
| Total Contract Value | 2,212,000 |
| Service credit, each late Priority 1 response or restoration | 2,000 per incident |
| Service credit, availability below the level in Schedule 2 | 3% of the Monthly Service Charge per 0.1 percentage point of shortfall |
| Exit assistance beyond the agreed handover plan | 2,600 per engineer day |

**Signed for Customer:** ____________________

**Signed for Provider:** ____________________
"""
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MAD-SJ-2027-05

PARTIES

1.1 Jiamusi Sanjiang Rice Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiamusi, Heilongjiang Province ("Customer").

1.2 Morioka Agri-Sensing Data Co., Ltd., a company incorporated in Japan with its head office in Morioka, Iwate Prefecture ("Provider"), which delivers its services in China through its wholly owned subsidiary in Dalian.

BACKGROUND

2.1 Customer contracts with more than 4,000 rice growers in the Sanjiang Plain and buys their paddy for milling. It wishes to receive field-level crop condition and yield forecast data to plan its purchases, logistics and drying capacity.

2.2 Provider produces crop condition indices, growth-stage estimates and yield forecasts for rice fields from satellite imagery and weather data, and makes them available through an application programming interface (the "API") and a web portal.

DEFINITIONS

3.1 "Subscription Year" means each of the two consecutive periods of 365 days, the first starting on the Onboarding Acceptance Date.

3.2 "Subscription Term" means the two Subscription Years.

3.3 "Data Products" means the crop condition indices, growth-stage estimates, yield forecasts and related data delivered to Customer through the API and the portal.

3.4 "Customer Inputs" means field boundaries, grower and contract information, planting dates, variety and harvest records that Customer uploads to the services.

3.5 "Customer Reports" means the procurement planning reports and dashboards that Provider builds specifically for Customer during onboarding.

SCOPE OF SUBSCRIPTION

4.1 Provider will deliver the Data Products for up to 180,000 mu of rice fields registered by Customer, refreshed at least every five days during the growing season from May to October and monthly at other times.

4.2 Customer may call the API up to 600,000 times per Subscription Year and may give up to 35 named users access to the portal.

4.3 Customer may use the Data Products for its own business, including sharing field-level results with the growers concerned, but may not resell them to third parties.

4.4 For each registered field the Data Products include a vegetation index time series at 10-metre resolution, the estimated growth stage (tillering, jointing, heading, ripening), drought and waterlogging flags, a lodging risk flag after storms, and from heading onward a yield forecast in kilograms per mu with a confidence range.

4.5 Provider will publish technical documentation of the API, including field definitions, rate limits and change notices. Provider will announce any change that is not backward compatible at least 60 days in advance and keep the previous API version running during that period.

4.6 Customer shall obtain any consent of its growers needed to upload their field boundaries and contract information, keep its API credentials secure and inform Provider without delay of any misuse.

ONBOARDING

5.1 Provider will import Customer's field boundaries, calibrate the yield models against Customer's harvest records for the last three seasons, connect the API to Customer's procurement system and build the Customer Reports. Provider will aim to complete onboarding within 60 days after signature.

5.2 Onboarding acceptance criteria are: (a) all registered fields are matched to satellite tiles and show valid indices; (b) the calibrated yield forecast for the previous season, tested against Customer's harvest records for 300 fields chosen by Customer, meets the accuracy stated in the technical annex; (c) the procurement system receives API data for ten consecutive days without failed transfers; and (d) the Customer Reports are approved by Customer's purchasing manager.

5.3 When the criteria are met, Customer signs an onboarding acceptance certificate, and that date is the "Onboarding Acceptance Date". Use of the portal during onboarding is not acceptance.

5.4 Customer shall provide its harvest records and field boundaries in the formats described in the technical annex and shall appoint a project contact for onboarding.

FEES AND PAYMENT

6.1 The fees are: subscription fee for Subscription Year 1, CNY 318,000; subscription fee for Subscription Year 2, CNY 318,000; and onboarding fee, CNY 46,000. The total fees under this Agreement are CNY 682,000, including VAT.

6.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days. The onboarding fee is invoiced on the Onboarding Acceptance Date and payable within 30 days.

6.3 API calls above the annual allowance are charged at CNY 0.08 per call and invoiced quarterly. Such charges are not part of the total fees in section 6.1.

6.4 Late payments bear interest at the loan prime rate published by the National Interbank Funding Center plus two percentage points.

6.5 Provider shall issue valid VAT invoices through its Dalian subsidiary, and payments are made in CNY to the subsidiary's account.

SERVICE AVAILABILITY AND SUPPORT

7.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to deliver refreshed Data Products in a timely manner. Satellite imagery may be delayed or unusable because of cloud cover, and Provider does not guarantee any particular refresh date.

7.2 Support is available by e-mail and through the portal during Provider's business hours. Provider will handle support requests in the order received and will try to resolve them promptly, but does not commit to any service level, availability figure or response time.

7.3 Provider will publish notices of planned maintenance on the portal.

INTELLECTUAL PROPERTY

8.1 Provider owns its models, software, satellite-derived datasets and the Data Products, and grants Customer a non-exclusive licence to use the Data Products during the Subscription Term and to keep and use the Data Products delivered during the Subscription Term without time limit for its internal purposes.

8.2 The Customer Reports belong to Customer. Provider will deliver their definitions and source files, and Customer may use, modify and license them freely.

CUSTOMER INPUTS AND DATA SECURITY

9.1 Customer Inputs belong to Customer. Provider may use Customer Inputs only to provide the services to Customer under this Agreement and shall not use them, in any form, for any other purpose, including model training for other customers.

9.2 Provider shall store Customer Inputs only in its subsidiary's data centre in mainland China, encrypt them in transit and at rest, limit access to named staff with multi-factor authentication, and keep access logs for at least six months.

9.3 Provider shall notify Customer of any security incident affecting Customer Inputs within 24 hours of becoming aware of it, take immediate measures to contain it, and compensate Customer for losses caused by an incident attributable to Provider.

9.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Inputs and delete all copies.

9.5 Provider shall carry out a security assessment of the services once in each Subscription Year and share a summary of the results and of the remediation with Customer.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including Customer's grower lists, contract prices and purchase plans, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.

SUBCONTRACTING

11.1 Provider shall not subcontract any part of the services without Customer's prior written consent, and remains responsible for any approved subcontractor.

LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees in section 6.1. The limit does not apply to breach of the sections on Customer Inputs and data security or confidentiality, or to wilful misconduct.

12.2 Provider does not warrant that the yield forecasts will match actual harvests, and Customer remains responsible for its purchasing decisions.

12.3 Neither party is liable for indirect or consequential loss or loss of profit, except in the cases excluded from the limit in section 12.1.

TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.3 If Customer terminates under section 13.2, Provider shall refund the subscription fee paid for the remainder of the current Subscription Year.

13.4 On expiry or termination Customer may download all Data Products delivered to it in CSV or GeoJSON format within 30 days.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

GENERAL

15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly. Cloud cover over the fields is not force majeure but is addressed in section 7.1.

15.2 This Agreement is signed in Chinese and English, and both versions have equal effect.

15.3 Notices must be in writing and sent to the registered addresses of the parties. Amendments to this Agreement must be in writing and signed by both parties.

15.4 Neither party may assign this Agreement without the other party's prior written consent.

For Customer: ____________________    For Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels, checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h662z01_price_certification_platform.pdf", Z01),
    "z02": ("h662z02_grinding_wheel_press_kiln_retrofit.docx", Z02),
    "z03": ("h662z03_dumpling_chain_ordering_saas.txt", Z03),
    "z04": ("h662z04_energy_monitoring_system_om.txt", Z04),
    "z05": ("h662z05_drill_grinding_tracking_supplier_template.md", Z05),
    "e01": ("h662e01_hakodate_cold_chain_wms_licence.pdf", E01),
    "e02": ("h662e02_asahikawa_furniture_saas_order_form.md", E02),
    "e03": ("h662e03_kushiro_condition_sensors_licence.docx", E03),
    "e04": ("h662e04_aomori_managed_it_services.md", E04),
    "e05": ("h662e05_morioka_crop_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, bod, conf, ld, cap, prepay, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, bod, conf, ld, cap, prepay, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, capped (goods only), deemed, contract_value,
#       tco base (itemised licence/hardware subtotal) or None, design rules, risk)
LABELS = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 10, False, True, False,
              "PRC", G), True, True, True, False, 1468000, 612000, [], "low"),
    "z02": ("zh", "hardware",
            T(None, 8, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True, False, "PRC", G),
            True, True, True, False, 1910000, 1736000,
            ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"], "high"),
    "z03": ("zh", "cloud",
            T(99.5, 0.25, True, "buyer", True, True, True, 400 / 527600 * 100, None, None, True, None, None, None, True,
              True, True, "PRC", S), True, True, None, False, 527600, None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
    "z04": ("zh", "services",
            T(99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False,
              "PRC", S), True, True, None, False, 386000, None, ["CR-DATA-SECURITY", "CR-TERMINATION"], "high"),
    "z05": ("zh", "software",
            T(None, 2, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None, False, True, None,
              None, G), True, True, False, True, 1044000, 420000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"], "high"),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Japan",
              G), True, True, True, False, 1720000, 1280000, ["CR-GOVERNING-LAW"], "low"),
    "e02": ("en", "cloud",
            T(99.95, 0.5, True, "buyer", True, False, True, 600 / 860000 * 100, 150, 352000 / 860000 * 100, True, None,
              None, None, False, True, False, "PRC", S), True, True, None, False, 860000, None,
            ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"], "medium"),
    "e03": ("en", "hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC", G),
            True, True, True, False, 1472000, 1324000, [], "low"),
    "e04": ("en", "services",
            T(99.95, 0.25, True, "buyer", True, True, False, 1800 / 2212000 * 100, 6 / 36 * 100, None, True, None, None,
              None, False, True, False, "PRC", S), True, True, None, False, 2212000, None,
            ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], "medium"),
    "e05": ("en", "cloud",
            T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
              "PRC", S), False, False, None, False, 682000, None,
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}

# price components (sum = contract value) and payment instalments (sum = contract value, one-off deliveries)
PRICES = {
    "z01": ([612000, 586000, 174000, 96000], [293600, 660600, 513800]),
    "z02": ([582000, 496000, 268000, 154000, 236000, 148000, 26000], [191000, 1050500, 668500]),
    "z03": ([2 * 60 * 3680, 86000], [8 * 55200, 86000]),
    "z04": ([168000, 146000, 48000, 24000], [4 * 96500]),
    "z05": ([420000, 536000, 88000], [522000, 522000]),
    "e01": ([1280000, 396000, 44000], [344000, 774000, 602000]),
    "e02": ([3 * 254000, 98000], [352000, 254000, 254000]),
    "e03": ([180 * 3600, 12 * 18500, 86000, 368000, 126000, 22000], [147200, 809600, 515200]),
    "e04": ([36 * 58000, 124000], [124000, 36 * 58000]),
    "e05": ([318000, 318000, 46000], [318000, 318000, 46000]),
}
SUBTOTALS = {"z02": [582000, 496000, 268000, 154000, 236000], "e03": [180 * 3600, 12 * 18500, 86000, 368000]}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 defaults
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share_pct": 40}
HORIZON = 5


def tco_share(t, value, base):
    """Post-warranty fees over the horizon / TCO, in %; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, sla, ld_stated, capped, value, base):
    """My reading of policy §3 applied to a label."""
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (not capped or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base)
        if share is not None and share > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
_NUMZH = "一二三四五六七八九十"
PATTERNS = [
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?!点)", r"fifteen\s*per\s*cent",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百", r"hundred\s*per\s*cent",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*(?!\d)", r"(?<![十])万分之五(?![十百千])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![" + _NUMZH + r"\d])四个?小时",
    r"(?<![a-z])(?<!twenty-)(?<!twenty\s)four[\s-]*(?:\(4\)\s*)?hours?", r"(?<!twenty)fourhours?",
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"(?<![" + _NUMZH + r"])十二个?月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![\d.])1\s*(?:years?\b|-year|年(?!度))", r"(?<![a-z])one[\s-]*years?", r"(?<![第每\d" + _NUMZH + r"])一年(?!度|级)",
    r"(?<![\d.])5\s*(?:years?\b|-year|年(?!度))", r"(?<![a-z])five[\s-]*years?", r"(?<![第每\d" + _NUMZH + r"])五年(?!度)",
    r"壹年", r"伍年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["预付30%", "30 %", "百分之三十", "40%", "百分之四十", "15%", "百分之十五", "100%", "百分之百", "99.9%", "99.90",
            "0.05%", "万分之五", "4小时", "四小时", "4 hours", "four hours", "Four (4) hours", "withinfourhours",
            "12个月", "十二个月", "12 months", "twelve months", "12-month", "one year", "1 year", "一年", "5年", "五年",
            "five years", "5 years", "one-year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "0.5小时", "14 days", "第一年", "每一年", "130%", "0.30%", "99.95%",
             "99.5%", "0.08%", "0.058", "1,300,000", "2027年", "一年度", "服务年度", "24个月", "36 months", "120,000",
             "2 hours", "第五年度", "5%", "万分之八", "千分之一", "3 hours", "1.5%", "2025年"]


def hits(text):
    return [m.group(0) for r in RX for m in r.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), ("must miss", s, hits(s))


# ---- read back ------------------------------------------------------------------------------------------------
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


def label_json(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value, base, design, risk = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(t, sla, ld_stated, capped, value, base)
    d = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
         "expected_rules": rules}
    return d, rules


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    srcs, tg = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            srcs[key], tg[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(srcs, tg, OUT, wrap_words=True)

    covered = set()
    counts = {}
    for key, (name, _) in FILES.items():
        lang, cat, t, sla, ld_stated, capped, deemed, value, base, design, risk = LABELS[key]
        d, rules = label_json(key)
        assert sum(PRICES[key][0]) == value and sum(PRICES[key][1]) == value, key
        if key in SUBTOTALS:
            assert sum(SUBTOTALS[key]) == base, key
        assert rules == sorted(design), (key, rules, design)
        assert risk_of(rules) == risk, (key, risk_of(rules), risk)
        covered |= set(rules)
        counts[key] = len(rules)
        # no label value on a threshold
        for k, th in TH.items():
            if k in t and t[k] is not None:
                assert t[k] != th, (key, k)
        share = tco_share(t, value, base)
        if share is not None:
            assert abs(share - TH["tco_share_pct"]) >= 2, (key, share)
        # text lengths and threshold scan, on the file as read back
        text = read_back(OUT / name)
        variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
        for v in variants:
            assert not hits(v), (key, hits(v))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{key} {name}: length {n}, rules {rules or '(none)'}, risk {risk}"
              + (f", TCO share {share:.1f} %" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    # the mix
    assert counts["e01"] == 1 and LABELS["e01"][9] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10
    clean = [k for k in counts if counts[k] == 0]
    assert sorted(clean) == ["e03", "z01"], clean
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed")


if __name__ == "__main__":
    main()
