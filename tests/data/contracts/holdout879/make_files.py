"""holdout879: ten blind held-out draft contracts (five Chinese, five English) and their expected labels.

Builds every file of this folder from the sources below: the .txt/.md drafts are written as they stand, the .docx and
.pdf drafts through ../word_pdf.py (PDF paragraphs broken at word boundaries, as holdout15 onwards). Then it writes the
.json labels, derives each draft's rules from its label with my reading of policy section 3, compares them with the
design list, checks that all 20 CR rules fire, checks the text lengths as read back from the built files, and scans
every label and every text for a value sitting on a policy threshold.

Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H879Z01 = """T:临江市植保无人机作业监管平台建设项目合同
P:合同编号：LJNY-ZC-2027-0318
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市农业农村局
P:乙方（供应商）：江苏翼禾智能科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供植保无人机作业监管平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括作业备案与飞手管理、实时航迹监管、施药量与作业面积核算、作业补贴核验、禁飞区与敏感区告警、统计驾驶舱，共六个功能模块，详见招标文件技术需求书。
P:1.3 数据对接包括：与省级农机作业补贴系统、市气象服务接口以及不少于五家主流无人机厂商云平台的数据对接。
P:1.4 平台部署于甲方指定的政务云环境，由乙方负责安装、配置、联调和操作培训，培训对象为局机关、各乡镇农技站工作人员，不少于八个班次。
P:1.5 平台须支持市、县、乡三级账号体系，支持不少于两千名注册飞手和一千五百架备案无人机的管理，并预留与省级智慧农业平台的标准接口。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），其中：平台软件许可费1,120,000元；定制开发费936,000元；数据对接费184,000元；部署实施及培训费128,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合及质保期内服务等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的等额发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发，并书面申请初步验收。
P:4.2 初步验收通过后进入试运行，试运行不少于六十日，并应覆盖当年夏季统防统治作业高峰期。
P:4.3 乙方应随平台交付安装部署手册、用户操作手册、接口说明、数据字典、运维手册及测试报告，文档应为中文，纸质版与电子版各一套。
P:4.4 乙方应指定一名具有五年以上同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（一）六个功能模块全部实现招标文件技术要求；（二）接入五家以上厂商的无人机实时数据，航迹刷新间隔不超过5秒；（三）300架无人机同时在线时，页面响应时间不超过3秒；（四）通过第三方软件测评机构的功能与安全测评。
P:5.2 最终验收标准：试运行期间无一级故障；作业面积核算与现场抽查实测数据偏差不超过3%；甲方业务科室出具书面使用意见；平台完成网络安全等级保护测评备案。
P:5.3 平台上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务。年度维护费不超过平台软件许可费的9%（即每年不超过100,800元），且质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护除外，计划内维护须提前三个工作日报甲方同意，并避开作业高峰时段。
P:7.2 故障分级及响应：一级故障（平台整体不可用或监管数据中断）30分钟内响应、2小时内到场、6小时内恢复；二级故障（部分功能不可用）2小时内响应、次日内解决；三级故障（一般性问题）1个工作日内响应。
P:7.3 乙方未达到7.1可用率的，每低0.01个百分点扣减2,000元；一级故障响应或恢复超时的，每超时一小时扣减1,000元。扣减金额从甲方应付款项中抵扣，无应付款项的由乙方在接到通知后十日内支付。
H:第八条 数据安全
P:8.1 平台采集的作业数据、飞手信息、农户信息以及由此形成的统计数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储、分级授权；运维操作须经甲方审批并通过堡垒机留痕，不得将数据拷贝出甲方指定环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、业务资料和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台原有软件的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的功能模块、接口程序、数据模型及其源代码和文档，知识产权归甲方所有。乙方应在最终验收时交付完整源代码及开发文档，甲方可自行或委托第三方修改和使用。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的万分之八支付违约金，累计不超过合同总价的10%；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.3 乙方交付的平台不符合合同约定的，应负责修复或重新开发，并赔偿由此给甲方造成的损失。
P:11.4 乙方擅自更换项目经理或核心技术人员的，每人次支付违约金5,000元。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，甲方在十个工作日内无息退还；乙方违约的，甲方有权从中扣除违约金和赔偿金。
H:第十六条 其他
P:16.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:16.2 双方往来通知以书面形式送达合同首页载明的地址，任何一方变更联系方式的，应提前五日书面通知对方。
P:甲方（盖章）：临江市农业农村局　　乙方（盖章）：江苏翼禾智能科技有限公司
P:签订日期：2027年　月　日
"""

H879Z02 = """T:注塑生产线控制系统改造合同
P:合同编号：HJ-SB-2027-046
P:甲方（买方）：浙江恒洁环卫用品有限公司
P:乙方（卖方）：宁波拓控自动化工程有限公司
P:甲方主要生产塑料垃圾桶、分类收集箱等环卫用品。为提高注塑生产线的自动化水平和产品一致性，甲方委托乙方对其一号厂房六条注塑生产线的控制系统进行改造。双方经协商，订立本合同。
H:一、改造范围
P:（一）乙方负责六条注塑生产线控制系统的设计、供货、安装、编程、调试及培训，包括PLC控制系统更换、伺服驱动改造、人机界面升级、在线称重及视觉质检单元加装，以及生产线监控软件的部署。
P:（二）改造后各生产线应实现配方集中管理、工艺参数自动记录、次品自动剔除、设备状态实时监控和产量自动统计，并能与甲方现有ERP系统交换生产工单和完工数据。
P:（三）改造施工须利用甲方计划停产时段分线进行，每条线停机时间不得超过五日，不得影响其余生产线正常生产。
H:二、合同价款
P:（一）合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），含增值税。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含I/O模块）|6套|68,000|408,000
TB:2|伺服驱动及电机改造|6套|52,000|312,000
TB:3|触摸屏人机界面（HMI）|12台|6,500|78,000
TB:4|在线称重、温度检测及视觉质检单元|1批|196,000|196,000
TB:5|工控机及工业网络设备|1批|124,000|124,000
TB:6|生产线监控软件（永久许可）|1套|262,000|262,000
TB:|软硬件小计|||1,380,000
TB:7|安装、布线及拆旧|1项|118,000|118,000
TB:8|编程调试及操作培训|1项|62,000|62,000
TB:|合计|||1,560,000
P:（二）上述价格已包含运输、保险、安装辅材及税费。合同履行期间价格固定，不因原材料或人工成本变化而调整。
P:（三）因甲方新增改造需求发生的费用，由双方以书面补充协议另行确定。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货、安装并完成单线调试后，甲方支付合同总价的50%。到货签收及单线调试不代表质量验收。
P:（三）六条生产线全部通过终验后，甲方支付合同总价的25%。
P:（四）剩余5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同生效后四十五日内完成全部设备到货，七十五日内完成全部生产线改造并申请终验。
P:（三）乙方进场施工应遵守甲方安全生产管理制度，办理动火、登高和临时用电审批，施工人员须持证上岗。因乙方施工造成人员伤害或甲方设备、模具损坏的，由乙方承担全部责任。
P:（四）乙方应提交设备清单、电气图纸、PLC程序及注释、HMI画面文件、操作规程和维护手册。
H:五、验收
P:（一）终验标准：1.每条生产线连续满负荷运行七十二小时无停机故障；2.同一模具连续生产的产品单重偏差不超过1.5%；3.视觉质检对缺口、缺料、飞边三类缺陷的检出率不低于98%；4.监控软件产量统计与人工盘点差异不超过0.5%；5.与ERP系统的工单和完工数据交换准确无误。
P:（二）终验由双方共同进行并签署终验报告。设备安装完成、投入试生产或甲方付款均不视为终验合格。
P:（三）终验不合格的，乙方应在十日内整改并重新组织终验。
P:（四）乙方应为甲方操作工、设备维修人员分批提供现场培训，培训合格后方可独立上岗操作。
H:六、质保与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内，乙方免费维修或更换因质量问题损坏的设备和部件，并免费提供软件缺陷修复。
P:（二）故障响应：一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场，当日内恢复生产；二级故障（单台设备或单项功能异常）2小时内响应，次日内处理完毕。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付500元；一级故障当日未能恢复的，每延误一日支付3,000元。
P:（四）质保期满后，乙方提供全包维保服务（含备品备件更换、定期巡检和程序维护），维保服务费按软硬件小计的26%每年计取，即每年358,800元，在质保期满后三年内保持不变，按季度支付。
P:（五）维保服务费自质保期满次日起计收，甲方可在每个维保年度开始前书面通知乙方不再续订。
P:（六）维保服务内容包括：每季度一次全线巡检并出具巡检报告；易损件和故障部件的免费更换；PLC程序和监控软件的版本维护；设备软件备份与恢复。维保服务期间的故障响应要求同本条第（二）项。
H:七、数据与信息安全
P:（一）生产线运行中产生的工艺参数、配方、产量及质检数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或提供给第三方。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的VPN和账号登录，操作全程记录；乙方不得在控制系统中植入远程锁定或未经说明的后门程序。
P:（三）因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在发现后2小时内通知甲方，协助处置并赔偿甲方全部损失。
H:八、保密
P:乙方对在履行合同中知悉的甲方配方、模具参数、工艺文件、客户信息等商业秘密负有保密义务，未经甲方书面同意不得披露或使用，保密义务不因合同终止而解除。
H:九、知识产权
P:为本项目编写的PLC程序、HMI画面、接口程序及相关技术文件归甲方所有，甲方有权自行修改和使用。监控软件的原有著作权归乙方所有，甲方享有永久使用权。乙方保证所供软件和技术不侵犯第三方的知识产权。
H:十、分包
P:乙方可将现场布线、设备拆旧及搬运等辅助工作分包给具有相应资质的第三方，但应在分包前书面告知甲方分包单位名称和工作内容，并对分包单位的工作承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）乙方交付的设备或软件不符合合同约定的，甲方有权要求更换、修复或退货，乙方承担由此产生的费用并赔偿损失。
P:（三）乙方未按约定提交技术资料的，甲方有权暂停支付相应款项，直至乙方补齐。
P:（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十二、合同解除
P:（一）乙方逾期超过三十日，或交付的设备、软件存在重大质量问题经两次整改仍未通过终验的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
P:（二）合同解除后，乙方应在甲方指定期限内拆除未通过终验的设备，并恢复原控制系统的运行，相关费用由乙方承担。
H:十三、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、施工计划。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

H879Z03 = """约课及会员管理系统服务合同

合同编号：XY-SaaS-2027-112
甲方：成都星跃啦啦操文化发展有限公司
乙方：杭州课满满网络科技有限公司

甲方经营“星跃啦啦操”青少年啦啦操培训连锁品牌，在成都、重庆、绵阳共有直营门店三十家。甲方拟采用乙方提供的约课及会员管理系统（以下简称“系统”），双方经友好协商，就系统的订阅使用及实施服务订立本合同。

1. 服务内容
1.1 乙方以软件即服务（SaaS）方式向甲方提供系统的使用权，包括门店版（排课、约课、签到核销、课时包、会员储值、教练课酬）和总部管理版（多门店经营看板、营销活动、财务对账、数据导出）。
1.2 乙方为甲方提供实施服务，包括：三十家门店的账号及课程体系配置；从甲方原有表格及旧系统迁移会员、课时余额和储值余额数据；按甲方品牌定制微信小程序约课页面及经营报表；对门店店长、前台和教练分批培训，每家门店培训不少于两人次，并提供操作视频和常见问题手册。
1.3 服务期内，乙方免费提供系统的版本更新和功能升级，新增通用功能向甲方开放使用，不另行收费。
1.4 系统部署在乙方租用的境内云服务器上，甲方及其学员通过网页、手机App和微信小程序访问。

2. 服务期限
2.1 服务期为两个服务年度。第一个服务年度自系统开通之日起算，至次年同日的前一日止；第二个服务年度紧随其后。
2.2 服务期满前六十日，双方协商续约事宜。双方未签订续约协议的，服务期满后本合同终止，乙方不得自动续期或自动扣费。

3. 费用
3.1 合同总额为人民币肆拾叁万捌仟捌佰元整（¥438,800），明细如下：
（1）门店版订阅费：30家门店 × 4,680元/店/服务年度 × 2个服务年度 = 280,800元；
（2）总部管理版订阅费：36,000元/服务年度 × 2个服务年度 = 72,000元；
（3）实施服务费（一次性）：86,000元。
3.2 合同期内新增门店的，按4,680元/店/服务年度按剩余月数折算收费；关闭门店的，已付费用不予退还，但可将账号转移至新开门店。
3.3 除本合同约定外，乙方不得以任何名义向甲方或甲方学员另行收取费用，包括小程序支付通道的额外技术服务费。
3.4 短信通知费按实际发送条数另行结算，不计入合同总额。

4. 付款方式
4.1 合同签订后五个工作日内，甲方一次性支付实施服务费86,000元和第一个服务年度订阅费176,400元，合计262,400元。乙方收到上述款项后开始实施并开通系统。
4.2 第二个服务年度订阅费176,400元，由甲方在第二个服务年度开始前十日内支付。
4.3 乙方应在收款前开具增值税专用发票。

5. 实施与上线
5.1 乙方应在收到第4.1条款项后四十五日内完成全部实施工作并开通系统。
5.2 乙方逾期开通系统的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
5.3 乙方应在开通前完成会员数据、课时余额和储值余额的迁移，并向甲方提交迁移明细。
5.4 系统开通并完成门店账号配置后，即视为实施服务完成并验收合格。甲方在使用过程中发现的问题，由乙方在服务期内持续优化。

6. 服务水平
6.1 系统月可用率不低于99.95%，每月计划维护不超过两次，须安排在晚间十一点至次日早六点之间，并提前三日通知甲方。
6.2 故障响应：一级故障（全部门店无法约课、签到或核销）乙方应在8小时内响应，并尽快恢复；二级故障（部分门店或部分功能异常）在1个工作日内响应；一般咨询在2个工作日内答复。开课高峰时段（周末及寒暑假）乙方应安排专人值守，确保门店问题及时处理。
6.3 乙方为甲方指定专属客户成功经理，提供工作日在线客服和电话支持；每季度向甲方提交一次系统运行报告，载明可用率、故障次数和处理情况。
6.4 系统月可用率未达到第6.1条标准的，每低0.1个百分点，乙方将甲方服务期顺延三日；一级故障连续超过一日未恢复的，乙方按故障天数双倍顺延服务期，或经甲方选择从下一期订阅费中抵扣相应金额。

7. 甲方的义务
7.1 甲方应指定项目联系人，按实施计划及时提供门店信息、课程体系、价格方案和原有会员数据，并在五个工作日内对迁移结果进行核对确认。
7.2 甲方应妥善保管管理员账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。
7.3 甲方使用系统开展营销活动的，应遵守广告和消费者权益保护方面的法律规定。

8. 数据归属与数据安全
8.1 甲方在系统中录入或产生的学员信息、家长联系方式、课时及储值记录、经营数据，均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的。
8.2 学员多为未成年人。乙方应遵守《中华人民共和国个人信息保护法》等法律法规，采取加密存储、访问权限控制、操作日志留存等安全措施，对儿童个人信息单独加密并限制访问人员范围。
8.3 发生个人信息泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，并配合甲方向主管部门报告和告知学员家长；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方向学员支付的款项和行政处罚损失。
8.4 合同终止后十五日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除系统中的甲方数据，出具删除证明。

9. 保密
9.1 双方对在合作中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或监管部门依法要求提供的除外。本条在合同终止后三年内继续有效。

10. 知识产权
10.1 系统本身的知识产权归乙方所有。
10.2 乙方为甲方定制的小程序约课页面、品牌视觉素材和经营报表模板归甲方所有，甲方可自行修改或交由第三方使用。

11. 分包
11.1 未经甲方书面同意，乙方不得将实施服务分包给第三方。乙方使用的云服务器服务商不属于分包，但乙方应对其数据安全承担责任，并不得更换为境外服务商。

12. 违约与解除
12.1 乙方违反本合同约定，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还剩余服务期的订阅费，并赔偿甲方损失。
12.2 系统连续两个月未达到第6.1条可用率标准的，甲方有权解除合同。
12.3 甲方逾期付款超过三十日的，乙方可在书面催告后暂停服务，但应至少保留数据导出功能。
12.4 合同因乙方违约解除的，乙方应配合甲方将数据迁移至甲方指定的其他系统，迁移期间系统应保持可用，相关费用由乙方承担。

13. 争议解决
13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
14.2 本合同附件包括：系统功能清单、实施计划、门店清单。附件与正文不一致的，以正文为准。
14.3 双方往来通知以书面或电子邮件方式发送至本合同载明的联系人，发出后次日视为送达。

甲方（盖章）：成都星跃啦啦操文化发展有限公司
乙方（盖章）：杭州课满满网络科技有限公司
日期：2027年  月  日
"""

H879Z04 = """南湖市城市停车泊位诱导系统运维服务合同

项目编号：NHJT-CS-2027-07
采购方式：竞争性磋商
甲方（采购人）：南湖市交通运输局
乙方（成交供应商）：湖南畅泊信息技术有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就南湖市城市停车泊位诱导系统运维服务事项订立本合同。

第一条 服务范围
（一）运维对象为南湖市城市停车泊位诱导系统，包括：诱导信息发布平台一套，一级诱导屏12块、二级诱导屏46块、三级诱导屏138块，路内泊位地磁检测器3,200个，接入停车场数据采集终端85套，以及中心机房服务器、存储和网络设备。
（二）服务内容包括：平台软件运行维护和缺陷修复；诱导屏、地磁检测器及数据采集终端的巡检、维修和更换；停车场接入数据的核对与维护；节假日和大型活动期间的专项保障；运维报表编制和系统优化建议。
（三）诱导屏、检测器等设备的更换备件由乙方提供，费用已包含在运维服务费中；单次更换金额超过五千元的主要部件，须经甲方确认。

第二条 服务期限
本合同服务期自2027年4月1日起至2028年3月31日止。服务期满，本合同终止，甲方按政府采购程序另行确定下一期运维服务供应商。

第三条 合同价款与支付
（一）本合同总价为人民币玖拾捌万陆仟元整（¥986,000），为固定总价，包括人工、备品备件、交通、工具仪表、税费等全部费用。
（二）服务费按季度支付。每季度结束且季度考核完成后十五个工作日内，甲方支付当季服务费246,500元。甲方不支付预付款。
（三）乙方应在每次付款前提交季度运维报告和等额发票。因发票不合规导致付款延迟的，甲方不承担逾期付款责任。

第四条 系统接管
（一）乙方应在合同签订后十日内完成系统接管，包括清点设备、核对资产台账、接收原运维单位移交的文档和账号，并提交接管报告。
（二）接管验收标准：资产台账与现场核对一致；平台、诱导屏、检测器运行状态全部登记在册；故障设备清单及修复计划经甲方确认。接管报告经甲方签字确认后视为接管验收合格。
（三）乙方未按期完成系统接管的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第五条 服务标准
（一）诱导信息发布平台月可用率不低于99.95%。
（二）诱导屏显示信息与停车场实际剩余泊位的偏差不超过5个泊位或10%（以较大者为准），数据更新间隔不超过60秒。
（三）故障分级响应：一级故障（平台瘫痪、一级诱导屏黑屏或显示错误信息）30分钟内响应，2小时内到达现场，6小时内修复；二级故障（二级、三级诱导屏故障或单个停车场数据中断）1小时内响应，次日内修复；三级故障（单个检测器故障）3个工作日内修复。
（四）遇重大节假日、大型赛事和展会等活动，乙方应按甲方要求提前制定保障方案，增派人员在重点区域值守，确保诱导信息准确发布。
（五）乙方应每月对全部诱导屏巡检一次，每季度对地磁检测器抽检不少于五分之一，节假日前完成专项检查。
（六）乙方应安排不少于六名专职运维人员，其中驻场人员不少于两名，工作日在甲方指挥中心值守，夜间和节假日电话值班。

第六条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括平台可用率、故障响应及修复时限、巡检完成率、数据准确率和运维文档质量。
（二）服务期满前，甲方组织年度验收。验收标准为：四个季度考核均合格；年度验收时未修复的故障设备不超过十台；运维档案完整移交。
（三）乙方未达到第五条服务标准的，应在甲方通知后限期整改，并在季度运维报告中说明原因。季度服务费按约定金额支付，不与考核结果挂钩；考核结果记入供应商履约评价，作为甲方今后采购的参考。

第七条 甲方的义务
（一）甲方应向乙方提供系统运维所需的机房出入、网络接入和平台管理权限，并协调公安交警、城管、停车场经营单位配合乙方开展现场工作。
（二）甲方应指定专人负责运维工作的日常联系、故障确认和考核，并在收到季度运维报告后十个工作日内完成考核。
（三）甲方新增诱导屏或检测器的，新增设备自验收移交之日起纳入运维范围，运维费用由双方另行协商。
（四）因道路施工、交通事故等第三方原因损坏的设备，乙方应及时报告甲方并先行恢复，甲方协助乙方向责任方追偿。

第八条 运维报告与服务期满移交
（一）乙方应每月提交运维月报，内容包括故障统计、巡检记录、备件更换、数据准确率抽查结果及下月工作计划；重大活动保障结束后三日内提交专项保障报告。
（二）服务期满前三十日，乙方应整理全部运维档案、账号口令清单、备件库存清单和未决故障清单，在服务期满时向甲方或甲方指定的下一期运维单位完成移交，并提供不少于十日的交接配合。

第九条 数据安全
（一）系统采集的泊位数据、车辆通行数据、停车场经营数据及平台日志均属于甲方所有，乙方仅为履行运维服务使用，不得用于其他目的，不得向第三方提供。
（二）乙方应遵守网络安全等级保护相关要求，运维账号实行实名管理；远程维护须经甲方审批并通过堡垒机进行，操作全程留痕；不得将数据拷贝至非甲方设备，运维人员离岗时应当交回全部账号和介质。
（三）发生数据泄露、系统被入侵或诱导屏被非法篡改发布信息的，乙方应在发现后1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第十条 保密
乙方及其工作人员对在服务过程中知悉的系统架构、账号口令、网络配置及甲方工作资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在服务期间编写的运维脚本、配置文件、运维报告及系统优化方案归甲方所有，甲方可自由使用和修改，并可提供给后续运维单位使用。

第十二条 分包
乙方不得将本合同服务分包或转包给第三方。

第十三条 违约责任
（一）乙方违约的，应承担继续履行、采取补救措施和支付违约金等违约责任。
（二）乙方驻场人员未经甲方同意擅自离岗或更换的，每人次支付违约金2,000元。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十四条 合同的变更与解除
服务期内，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。乙方违约的，甲方可依照第十三条要求乙方承担违约责任，但不得以此为由解除合同。合同的变更须双方协商一致并签订书面补充协议。

第十五条 不可抗力
因台风、暴雨、地震等不可抗力造成设备损坏或服务中断的，乙方应在不可抗力影响消除后立即组织抢修，并在三日内向甲方提交损失情况报告。因不可抗力导致乙方未能达到服务标准的，不视为乙方违约。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。竞争性磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：南湖市交通运输局
乙方（盖章）：湖南畅泊信息技术有限公司
签订日期：2027年3月  日
"""

H879Z05 = """# 匠迹工坊生产流程跟踪软件许可及定制开发合同

（天津匠迹软件有限公司标准合同文本 JJ-2026-V3）

合同编号：JJ-XS-2027-0215

甲方（用户）：北京燕京毛猴艺术工作室
乙方（开发方）：天津匠迹软件有限公司

甲方主要从事毛猴传统手工艺品的设计、制作、销售和非遗技艺培训。为管理从选料、制作、组装、装裱到发货的全流程，甲方决定采购乙方的“匠迹工坊”生产流程跟踪软件，并委托乙方进行定制开发。双方在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工坊”生产流程跟踪软件（以下简称“标准软件”）的永久使用许可，授权点数为二十个用户，可同时在电脑端和手机端登录使用。增加用户的，按每用户6,800元另行购买。

1.2 乙方按甲方需求进行定制开发，内容包括：辛夷、蝉蜕等原材料批次登记与库存预警；每件作品从选料到装裱的工序流转和工时记录；作品二维码“一物一码”溯源展示页面；订单与发货管理；非遗课程学员作品登记。定制开发的具体需求以双方确认的需求说明书为准。

1.3 乙方负责软件的安装部署、基础数据初始化和操作培训。培训分两次进行，对象为甲方的制作师傅、库房管理员和店铺客服，每次不少于半天，并提供操作手册电子版。

1.4 软件部署在甲方自备的服务器上。服务器、操作系统、数据库及网络环境由甲方按乙方提供的配置清单自行采购，相关费用不包含在本合同价款内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可费（20用户，永久） | 168,000 |
| 2 | 定制开发费 | 176,000 |
| 3 | 安装部署、数据初始化及培训 | 42,000 |
| | 合计 | 386,000 |

合同总价为人民币叁拾捌万陆仟元整（¥386,000），含税。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的45%，即173,700元。乙方收到该笔款项后启动开发工作。

3.2 软件安装部署完成并上线试运行后五个工作日内，甲方支付合同总价的35%，即135,100元。

3.3 软件通过验收后五个工作日内，甲方支付合同总价的20%，即77,200元。

3.4 乙方在收到每笔款项前向甲方开具增值税普通发票。甲方需要增值税专用发票的，应提前提供开票信息。

3.5 甲方逾期付款的，乙方有权暂停开发或服务，由此造成的工期延误由甲方承担。

## 第四条 开发进度

4.1 乙方应在收到首付款后七十五日内完成定制开发和部署，并通知甲方上线试运行。

4.2 甲方需求变更或未及时提供资料、确认需求的，开发期限相应顺延。需求说明书确认后，甲方提出的新增需求按每人天1,800元另行计费，并相应调整工期。

4.3 乙方应在开发完成后向甲方提交部署说明、操作手册和数据字典。

## 第五条 验收

5.1 试运行期为二十日。试运行结束后，双方按需求说明书逐项测试，验收标准为：需求说明书所列功能全部实现；工序流转记录与实际生产一致；溯源页面扫码后三秒内打开；连续试运行期间无导致系统无法使用的缺陷。

5.2 验收合格的，双方签署验收报告。验收报告应列明测试项目、测试结果和遗留问题的处理期限。

5.3 验收中发现不符合需求说明书的，乙方应在十五日内完成修改并再次提交验收。

## 第六条 免费维护期

6.1 软件验收合格之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信和远程方式为甲方提供技术支持，并修复软件缺陷。

6.2 乙方在工作日工作时间内受理甲方的问题，并尽力及时解决。因甲方操作不当、自行修改或硬件故障引起的问题，不属于免费维护范围。

## 第七条 维保服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订维保合同。年度维保费按标准软件许可费的18%计收，即每年30,240元，在每个维保年度开始前一次性支付。

7.2 维保服务包括远程技术支持、缺陷修复和标准软件的版本升级。现场服务另行按人天计费。

7.3 甲方未续签维保合同的，乙方不再提供缺陷修复和版本升级；此后甲方要求恢复维保的，应补缴中断期间的维保费。

## 第八条 双方的其他义务

8.1 甲方应指定一名联系人，负责需求确认、资料提供和验收组织，并保证提供的作品图片、工艺说明等资料不侵犯他人权利。

8.2 乙方应指派项目经理和开发人员完成本项目，并每两周向甲方通报一次开发进度。

8.3 甲方应妥善保管软件的管理员账号。甲方人员违规操作造成数据错误的，由甲方自行负责。

## 第九条 知识产权

9.1 标准软件及其所有升级版本的知识产权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、溯源页面、报表和相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对其进行修改、反向工程或许可第三方使用。

9.3 乙方有权将定制开发成果纳入标准软件，向其他客户提供。

## 第十条 数据

10.1 甲方在软件中录入的作品、工艺、客户和订单数据归甲方所有。

10.2 甲方同意乙方在对数据进行脱敏处理后，将工序、工时和物料消耗等数据用于标准软件的优化、手工艺行业分析报告的编制及乙方其他产品的研发。

10.3 乙方应采取访问控制、数据加密和每日备份等措施保护甲方数据安全。发生数据泄露或丢失的，乙方应在发现后二日内通知甲方并采取补救措施；因乙方原因造成的，乙方依照本合同第十二条承担责任。

## 第十一条 保密

双方对在合同履行中知悉的对方技术秘密、商业信息和客户资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。乙方可在宣传材料和客户名单中使用甲方名称及项目案例，但不得披露甲方的作品设计和工艺资料。

## 第十二条 违约责任

12.1 乙方无正当理由逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

12.3 无论基于何种原因，乙方在本合同项下承担的违约金、赔偿金等全部责任总额以人民币伍万元为限，且乙方不承担甲方的间接损失、利润损失和数据损失。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经对方书面通知后二十日内仍未改正的，对方有权解除合同。

13.2 合同因甲方原因解除的，甲方已支付的款项不予退还。合同因乙方原因解除的，乙方退还甲方已付款项中尚未完成部分对应的金额。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十五条 不可抗力

因不可抗力导致任何一方不能履行合同的，应及时通知对方，并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。

## 第十六条 其他

16.1 本合同附件包括需求说明书、标准软件功能清单和培训计划，附件与本合同具有同等效力。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：北京燕京毛猴艺术工作室
乙方（签章）：天津匠迹软件有限公司
日期：2027年  月  日
"""

H879E01 = """T:Software Licence and Services Agreement
P:Agreement No. YM-LAC-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Inner Mongolia Yuanmu Dairy Co., Ltd., a company registered in Hohhot, People's Republic of China (the "Customer"), and Lactis Sistemas S.A., a company registered in Rafaela, Province of Santa Fe, Argentina (the "Vendor").
P:The Customer operates milk collection stations and two processing plants and wishes to license the Vendor's LactoTrace milk reception and quality traceability software and to have it implemented at its sites. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LactoTrace modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts, data migration tools and other work products created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
P:1.4 "Customer Data" means all data entered into, generated by or processed through the Software at the Customer's sites, including farm, supplier, tanker, laboratory and batch records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers located at the Customer's data centre in Hohhot for the internal business of the Customer and its subsidiaries, for up to 60 collection stations, two plants and 150 named users.
P:2.2 The Customer may make backup and test copies of the Software and may move the Software to replacement hardware without additional charge.
P:2.3 The licence survives any termination of this Agreement once the Licence Fees have been paid, except termination for the Customer's breach of this Article 2.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,806,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: LactoTrace Core (reception, tanker scheduling, supplier payments) CNY 820,000; Laboratory Quality module CNY 286,000; Farm Collection mobile module CNY 180,000; Licence Fees subtotal CNY 1,286,000; implementation services CNY 462,000; training CNY 58,000.
P:3.2 The Vendor shall invoice in CNY. Payments are made by bank transfer to the Vendor's account in Argentina, and the Customer shall handle the PRC filings and withholding required for the payment.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed at all sites and does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 5 Implementation
P:5.1 The Vendor shall perform the implementation services under the project plan agreed at the kick-off meeting, including installation, configuration, interfaces with the Customer's ERP and laboratory instruments, migration of supplier and farm master data, and user training.
P:5.2 The Vendor shall complete installation within 90 days and be ready for Final Acceptance testing within 150 days after signature of this Agreement.
P:5.3 If the Vendor fails to be ready for Final Acceptance testing by the date in Article 5.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.4 The Vendor shall assign a project manager fluent in English or Chinese and shall provide interpretation for all training sessions held on site. The project manager shall report progress to the Customer every two weeks in writing, listing completed tasks, open issues and risks to the dates in Article 5.2.
P:5.5 The Customer shall provide server hardware, operating system and database licences, network access, workspace for the Vendor's staff at each site, and a project team with decision-making authority. Where a delay is caused by the Customer's failure to provide these, the dates in Article 5.2 are extended by the period of that delay.
P:5.6 Training shall cover system administrators, laboratory staff, station operators and finance users, with at least 16 sessions in total, and shall be supported by Chinese-language user manuals delivered before the Installation Certificate.
H:Article 6 Acceptance
P:6.1 Final Acceptance testing shall verify that: (a) every function listed in the agreed specification works as described; (b) reception records, tanker weights and laboratory results are transferred to the ERP without error over 30 consecutive production days; (c) a reception ticket is printed within 5 seconds at peak load; (d) the traceability report for any finished batch can be produced back to the individual farm delivery; and (e) no Severity 1 defect is open.
P:6.2 When all criteria are met, the parties shall sign the Final Acceptance Certificate. If a test fails, the Vendor shall correct the defect within 15 days and repeat the test.
P:6.3 Use of the Software in production, installation or payment does not constitute Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects and provide updates, remote support and on-site support without charge.
P:7.2 Severity 1 defects (reception or payment processing stopped at a plant) shall be responded to within one hour and a workaround provided within 8 hours; Severity 2 defects shall be responded to within 2 hours and resolved within 3 business days; Severity 3 defects shall be resolved in the next scheduled update.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next amount payable by the Customer or pay it on demand.
P:7.4 After the Warranty Period, the Vendor shall offer annual support at 11% of the Licence Fees subtotal per year (CNY 141,460), fixed for the first three support years. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 Customer Data stays on the Customer's servers in China. Remote access by the Vendor requires the Customer's prior approval for each session, uses the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not transfer Customer Data outside the PRC.
P:8.3 The Vendor shall notify the Customer within 8 hours after becoming aware of any unauthorised access to Customer Data caused through its personnel or tools, shall cooperate in the response and shall be liable for the losses that result from its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, infringement of third-party rights, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate by written notice if the liquidated damages under Article 5.3 reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Argentine Republic.
P:14.2 Any dispute arising out of this Agreement that the parties cannot settle within 30 days shall be submitted to the ordinary courts of the City of Rafaela, Province of Santa Fe, Argentina.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to reduce the effect. Payment obligations for work already performed are not excused.
H:Article 16 General
P:16.1 This Agreement is written in English. If a Chinese translation is prepared, the English text prevails.
P:16.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:16.3 Notices shall be given in writing to the addresses above. This Agreement enters into force on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H879E02 = """# CampoNube Subscription Order Form

**Order Form No.** VL-CN-2027-031
**Provider:** Valle Limarí AgroTech SpA, Avenida Ariztía Oriente 455, Ovalle, Coquimbo Region, Chile ("Provider")
**Customer:** Yunnan Lanmei Agriculture Co., Ltd., Chengjiang, Yunnan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A – Order Details

### A1 Services

Provider will make available to Customer the CampoNube orchard management platform, delivered as software-as-a-service, with the following modules: Block and Plant Register; Irrigation and Fertigation Planner; Spray Diary; Harvest Crew and Piece-Rate Tracking; Packhouse Quality Grading; and Export Lot Traceability. The subscription covers Customer's blueberry farms in Chengjiang, Jinning and Mile (about 1,150 hectares), up to 220 named web users and 600 mobile harvest devices.

### A2 Subscription Term

The Subscription Term starts on the Subscription Start Date, which is the date on which Provider gives Customer access to the production tenant, and consists of two Subscription Years of 365 days each, unless renewed under A5.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| CampoNube platform subscription, Subscription Year 1 | annual | 268,000 |
| CampoNube platform subscription, Subscription Year 2 | annual | 268,000 |
| Onboarding: tenant set-up, block mapping, data import, two integrations, training | one-time | 46,000 |
| **Total fees for the Subscription Term** | | **582,000** |

All fees are in Chinese yuan (CNY) and include VAT. Additional mobile devices above 600 are charged at CNY 90 per device per Subscription Year and are not part of the total above.

### A4 Invoicing and Payment

4.1 Provider will invoice the subscription fee for each Subscription Year on the first day of that Subscription Year. Customer will pay each invoice within 30 days after receipt.

4.2 Provider will invoice the onboarding fee after Go-Live Acceptance under A6. No onboarding fee is payable before Go-Live Acceptance.

4.3 Payments will be made through Provider's appointed reseller in Shanghai, Lanzhi Digital Technology Co., Ltd., which will issue the PRC VAT invoices.

### A5 Renewal

At the end of the Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the then-current term. Provider may increase the subscription fee for any renewal term by up to 8% over the fee for the preceding Subscription Year by notice given at least 75 days before that renewal term begins.

### A6 Onboarding and Go-Live Acceptance

6.1 Provider will complete onboarding within 60 days after signature of this Order Form. Onboarding includes mapping of all blocks, import of Customer's plant, spray and harvest records for the last two seasons, integration with Customer's Kingdee ERP and with the weighing stations in the three packhouses, and training of Customer's farm managers and quality staff.

6.2 Go-Live Acceptance tests will verify that: (a) all blocks and varieties are correctly mapped; (b) imported records reconcile with Customer's source files; (c) harvest weights from the packhouse scales appear in the platform within one minute; (d) grading results and lot codes are transferred to the ERP without error over ten consecutive working days; and (e) export lot traceability reports can be produced for any lot back to block and harvest date. When all tests pass, Customer will sign a Go-Live Acceptance certificate. Use of the platform before that date is not acceptance.

6.3 If onboarding is not ready for Go-Live Acceptance testing by the date in 6.1 for reasons attributable to Provider, Provider will pay Customer CNY 500 for each day of delay.

## Part B – General Terms

### 1. Service Levels

1.1 Provider will make the platform available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 23:00 and 05:00 China Standard Time.

1.2 If availability in a month falls below the level in 1.1, Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee for each full percentage point of shortfall, up to 50% of that monthly equivalent. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

1.3 Priority 1 incidents (the platform or the harvest app is unavailable to all users) will be responded to within one hour, at any time, and Provider will work continuously until service is restored. Priority 2 incidents will be responded to within 8 business hours. Support is provided in English and Chinese.

### 2. Customer Data

2.1 "Customer Data" means all data uploaded to or generated in Customer's tenant, including farm, crop, labour, spray, harvest and quality records. Customer Data belongs to Customer.

2.2 Customer grants Provider a licence to process Customer Data to provide and support the services.

2.3 Customer also agrees that Provider may compile aggregated and anonymised data derived from Customer Data, such as yields, spray intervals and grading results, and may use that data to improve its agronomic models, to prepare benchmarking reports for its customers and for its other products, during and after the Subscription Term. Such aggregated data will not identify Customer or any individual.

### 3. Data Security

3.1 Customer's tenant is hosted on Alibaba Cloud in the Shanghai region. Customer Data will not be transferred outside mainland China.

3.2 Provider maintains an information security programme certified under ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access by role with multi-factor authentication and keeps access logs for at least 180 days.

3.3 Provider will notify Customer within 48 hours after becoming aware of a security incident affecting Customer Data, will cooperate in its investigation and will bear the costs and losses caused by incidents resulting from its breach of this Section 3.

### 4. Confidentiality

Each party will protect the other party's confidential information with reasonable care, use it only for this Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after termination.

### 5. Intellectual Property

5.1 Provider owns the platform and all improvements to it.

5.2 Reports, templates, block maps and workflows configured specifically for Customer, and all their content, belong to Customer, which may use, copy, modify and share them freely.

### 6. Subcontracting

Provider will not subcontract the performance of the services without Customer's prior written consent, except that Customer approves Alibaba Cloud as hosting provider and the reseller named in A4.3 by signing Part A. Provider remains responsible for any subcontractor.

### 7. Liability

7.1 Each party's total liability under this Order Form is limited to 200% of the total fees for the Subscription Term.

7.2 The limit in 7.1 does not apply to breach of Sections 3 or 4, personal injury or wilful misconduct.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

8.2 On termination, Provider will allow Customer to export all Customer Data in CSV and GeoJSON formats for 60 days and will then delete it.

### 9. Customer Responsibilities

9.1 Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for the use of the platform by its users and harvest crews.

9.2 Customer will provide mobile devices, network coverage in the packhouses and a contact person for onboarding, and will make its ERP team available for the integration tests in A6.

9.3 Customer will not resell the platform, attempt to reverse engineer it or use it to process data of third parties other than its own contracted growers.

### 10. Updates and Support

10.1 Provider may update the platform from time to time. Updates will not materially reduce the functions described in A1 during the Subscription Term, and Provider will give at least 30 days' notice of any change that requires action by Customer.

10.2 Support is available by ticket, telephone and messaging application. Provider will assign a named customer success manager who speaks Chinese and will hold a review meeting with Customer before each harvest season.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 12. General

12.1 Neither party is liable for delay caused by events beyond its reasonable control, including natural disasters, epidemics, internet backbone failures outside its network and government action, provided it gives prompt notice and takes reasonable steps to resume performance.

12.2 Notices must be in writing and sent to the contacts named in Part A. This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is written in English and Chinese; both texts have equal effect.

**Signed for Provider:** ____________________  **Signed for Customer:** ____________________
"""

H879E03 = """T:Supply and Licence Contract for Grain Silo Monitoring System
P:Contract No. BF-CG-2027-019
P:Buyer: Heilongjiang Beifeng Grain Reserve Co., Ltd., Suihua, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Silotec Monitoreo S.R.L., Gualeguaychú, Entre Ríos Province, Argentina (the "Supplier").
P:The Buyer stores maize, soybeans and rice in 64 steel silos at four depots. The Buyer wishes to buy temperature, moisture and carbon dioxide sensing equipment and a licence of the Supplier's SiloWatch monitoring software, installed and commissioned at the four depots. This Contract is made on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, gateways, weather stations and accessories listed in the Price Schedule in Clause 3.
P:1.2 "Software" means the SiloWatch monitoring software, including its server application, mobile application and alarm module, in the version current at delivery and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the depots.
P:1.4 "Buyer Data" means all readings, alarms, inventory records, user data and logs generated by the System or entered into it.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 7.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission the System at the Buyer's depots in Suihua, Hailun, Qing'an and Wangkui, integrate the System with the Buyer's grain storage management system, and train the Buyer's staff.
P:2.2 The Supplier shall develop for the Buyer a depot dashboard in Chinese, a fumigation and aeration decision report, and an interface that sends silo temperature and moisture readings to the Buyer's grain storage management system every ten minutes.
P:2.3 All Equipment shall be new, of the models stated in the technical annex, rated for operation between minus 40 and plus 60 degrees Celsius, and certified for use in grain dust environments.
H:3. Price
P:3.1 The Contract Price is CNY 1,880,000, fixed, including delivery DDP to the depots, customs duties, taxes, installation materials and the Supplier's travel. The price is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature and moisture cables|480|1,650|792,000
TB:2|Carbon dioxide sensors|64|3,800|243,200
TB:3|Wireless gateways with solar power units|32|6,400|204,800
TB:4|Depot weather stations|4|18,500|74,000
TB:5|SiloWatch software licence, perpetual, 64 silos, 40 users|1|356,000|356,000
TB:|Equipment and Software subtotal|||1,670,000
TB:6|Installation, commissioning and integration|1|186,000|186,000
TB:7|Training|1|24,000|24,000
TB:|Contract Price|||1,880,000
P:3.2 The Supplier shall issue PRC VAT invoices through its authorised agent in Dalian, whose details are stated in the technical annex.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate does not constitute acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the depots within 75 days after signature and complete installation and commissioning within 120 days after signature.
P:5.2 Installation inside silos shall be carried out only when the silo is empty or with the Buyer's written safety permit. The Supplier's staff shall follow the Buyer's safety rules on work at height, confined spaces and dust explosion prevention.
P:5.3 The Supplier shall provide installation drawings, wiring diagrams, calibration certificates for every sensor, user manuals in Chinese and an as-built list of all installed Equipment with serial numbers.
H:6. Delay
P:6.1 If the Supplier fails to complete installation and commissioning by the date in Clause 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:6.2 If the delay exceeds 60 days, the Buyer may terminate this Contract under Clause 15 and claim its losses in addition to the liquidated damages.
H:7. Acceptance
P:7.1 After installation, the System shall run for a trial period of 45 consecutive days with at least one silo at each depot filled with grain.
P:7.2 The System passes Final Acceptance when: (a) every cable and sensor reports readings to the Software; (b) sensor readings at 20 sample points deviate by no more than 0.5 degrees Celsius and 0.5 percentage points of moisture from the Buyer's calibrated reference instruments; (c) alarms for temperature rise and carbon dioxide concentration reach the mobile application within 60 seconds; (d) readings are transferred to the Buyer's grain storage management system without loss during the trial period; and (e) no critical fault remains open.
P:7.3 Delivery, installation, trial operation or any payment does not constitute acceptance. If the System fails any test, the Supplier shall remedy the failure within 15 days and the test shall be repeated.
H:8. Warranty and Maintenance
P:8.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including spare parts, shipping and on-site labour.
P:8.2 Critical faults (a depot's System stops reporting, or alarms fail) shall be responded to remotely within 30 minutes and, if not resolved remotely, attended on site within 48 hours. Other faults shall be responded to within one business day and resolved within 5 business days.
P:8.3 For each full hour by which the Supplier misses the critical fault response time, and for each day by which it misses the on-site time, the Supplier shall pay CNY 800, deducted from amounts due or paid on demand.
P:8.4 After the warranty period, the Supplier shall provide annual maintenance, including spare parts and Software updates, for an annual fee not exceeding 9.5% of the Equipment and Software subtotal (CNY 158,650). The fee is fixed for the first three maintenance years. Maintenance is ordered by separate purchase orders and does not renew automatically.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:9.2 The Software is installed on the Buyer's servers in Suihua. The Supplier shall not transfer Buyer Data outside the PRC. Remote access by the Supplier requires the Buyer's prior approval for each session, uses the Buyer's VPN and is logged; the Supplier shall not keep copies of Buyer Data.
P:9.3 The Supplier shall notify the Buyer within 8 hours after becoming aware of any unauthorised access to the System or Buyer Data through its personnel, tools or remote connections, shall assist the Buyer in remedying it and shall be responsible for the losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, stock levels, storage conditions and business obtained under this Contract, shall use it only for this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination of this Contract.
H:11. Intellectual Property
P:11.1 The Supplier retains the intellectual property rights in the Software and grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's depots.
P:11.2 The depot dashboard, decision report, interface and all other deliverables developed specifically for the Buyer under Clause 2.2, including source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:12. Liability
P:12.1 The Supplier shall compensate the Buyer for all losses caused by its breach of this Contract, including grain losses caused by defective Equipment or Software that the Supplier failed to repair within the times in Clause 8.2.
P:12.2 Liquidated damages do not exclude the Buyer's right to claim losses exceeding them.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance periods are extended by the duration of the event.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Clause 6.2. The Supplier shall then refund the amounts paid for the parts of the System not accepted and compensate the Buyer's losses.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding on both parties.
H:17. General
P:17.1 This Contract is written in English and Chinese; both versions have equal effect. The technical annex and the Supplier's bid form part of this Contract; where they conflict, this Contract prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H879E04 = """# Managed IT Services Agreement

**Agreement No.** JS-ARG-MSA-2027-02

**Customer:** Chengdu Jinshi Oilfield Equipment Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

**Supplier:** Patagonia Remote Operations S.A., Zapala, Province of Neuquén, Argentina ("Supplier")

**Background.** Customer sells and services drilling and fracturing equipment and runs a field service base in Añelo, Neuquén, with a workshop, a warehouse, two field offices and mobile crews. Customer wishes to outsource the day-to-day operation of the IT environment of that base to Supplier for 36 months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its clients that Supplier accesses, stores or processes in performing the Services, including equipment maintenance records, field reports, user accounts, e-mail and logs.

1.5 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Clause 4.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by written agreement of both parties, on terms then agreed. There is no automatic renewal.

## 3. Services

3.1 Supplier shall perform the Services described in Schedule 1 with qualified staff, in accordance with good industry practice and Customer's IT policies provided to Supplier in writing.

3.2 Supplier shall provide a service manager who speaks English or Chinese and who shall meet Customer's IT manager monthly to review performance, incidents, changes and risks.

3.3 Supplier shall keep an up-to-date configuration database, network diagrams and runbooks for all systems in scope and shall give Customer read access to them at all times.

## 4. Transition and Service Commencement

4.1 Within 45 days after signature, Supplier shall complete transition: inventory of all devices and accounts; deployment of its monitoring and remote management tools; documentation of the network and systems; handover from Customer's current local provider; and a shadow period of ten working days in which Supplier handles all tickets under supervision.

4.2 Supplier shall use reasonable efforts to achieve the Service Commencement Date within that period. If transition takes longer, the parties shall agree a revised plan, and Customer's current provider shall continue to operate the environment.

4.3 Customer shall sign the Service Commencement Certificate when: (a) all devices in the inventory report to Supplier's monitoring tools; (b) the configuration database and runbooks have been reviewed and approved by Customer; (c) no more than two shadow-period tickets missed the response times in Schedule 2; and (d) a test restore of the file server and the maintenance database has succeeded. Operation of the tools before that date is not acceptance.

## 5. Service Levels

5.1 Supplier shall perform the Services to meet the Service Levels in Schedule 2 and shall report its performance against them monthly.

5.2 The Service Levels are performance targets. If a Service Level is missed, Supplier shall investigate the cause and deliver a remediation plan within ten working days. Missed Service Levels do not give rise to service credits, fee reductions or other payments.

## 6. Charges and Payment

6.1 Customer shall pay the Charges set out in Schedule 3. The total Charges for the Service Term are CNY 2,560,000.

6.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days. No amount is payable in advance.

6.3 The Charges are fixed for the Service Term. Work outside Schedule 1 requires a written change order with an agreed price before it starts.

## 6A. Customer Responsibilities

6A.1 Customer shall give Supplier the administrator access, licences, documentation and site access reasonably needed for the Services, and shall inform Supplier in advance of planned changes at the base.

6A.2 Customer remains responsible for its business applications hosted in China, for the purchase of hardware and software licences, and for the contracts with its telecommunications carriers. Supplier shall manage the carriers on Customer's behalf as its technical contact.

6A.3 Where Supplier cannot meet a Service Level because Customer has not fulfilled this Clause 6A, the affected incident is excluded from the monthly report.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Supplier shall use Customer Data only to perform the Services and shall not copy, disclose or otherwise use it.

7.2 Supplier shall apply access controls based on least privilege, use named accounts with multi-factor authentication for all administrative access, record all privileged sessions, keep Customer Data on Customer's systems, and not store Customer Data on Supplier's own devices or cloud accounts except as required for its monitoring tools, which shall hold only system metrics and logs.

7.3 Supplier shall report any actual or suspected security incident affecting Customer Data or Customer's systems within 2 hours after becoming aware of it, shall contain it under Customer's direction and shall be responsible for the losses caused by its breach of this Clause 7.

7.4 At the end of the Service Term, Supplier shall return all credentials, documentation and Customer Data and shall certify in writing that it keeps no copies.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information obtained under this Agreement, use it only for this Agreement, and not disclose it to any third party without prior written consent, for five years after the end of this Agreement.

## 9. Intellectual Property

Supplier retains its monitoring tools and pre-existing know-how. Runbooks, scripts, configurations, diagrams and reports created for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

## 10. Subcontracting

Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier is responsible for the acts and omissions of any approved subcontractor.

## 11. Liability

11.1 Supplier's total liability arising out of or in connection with this Agreement in any way is limited to the Charges paid or payable for the six months immediately preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of business or indirect loss.

11.3 Clause 11.1 does not limit liability for death or personal injury, fraud or wilful misconduct.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 On any termination or expiry, Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3, including knowledge transfer to Customer or a successor provider.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

## 14. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier and e-mail.

## Schedule 1 – Services

| No. | Service | Scope |
|---|---|---|
| 1 | Service desk | Bilingual Spanish and English service desk for about 140 users, by telephone, e-mail and portal, 07:00–19:00 Argentina time on working days, with on-call cover outside those hours |
| 2 | End-user devices | Management of 160 laptops and desktops, 45 rugged tablets and 20 printers: patching, antivirus, imaging, asset tracking |
| 3 | Network | Monitoring and management of firewalls, switches, Wi-Fi access points and the two satellite and fibre links of the base |
| 4 | Servers and backup | Operation of the local file server, the maintenance database server and the backup system, with daily backups and a quarterly restore test |
| 5 | On-site support | A technician at the Añelo base two days a week and on request within the response times in Schedule 2 |
| 6 | Reporting | Monthly service report covering tickets, Service Levels, changes, security events and recommendations |

## Schedule 2 – Service Levels

| Priority | Definition | Response time | Resolution target |
|---|---|---|---|
| P1 | Base network down, or the maintenance database unavailable | 30 minutes, any time | 6 hours |
| P2 | A site function degraded, or several users unable to work | 1 hour in service hours | 1 business day |
| P3 | One user or one device affected | 2 hours in service hours | 3 business days |
| Network availability | Base network, monthly | – | 99.95% |

## Schedule 3 – Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition fee | 112,000 | one-time, invoiced after the Service Commencement Date |
| Monthly service charge | 68,000 | per month, 36 months, invoiced monthly in arrears |
| Total for the Service Term | 2,560,000 | |
| Additional on-site day (outside Schedule 1) | 3,200 | per day, only on Customer's written order |

**For Customer:** ____________________ **For Supplier:** ____________________
"""

H879E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. MA-HN-2027-07

PROVIDER: Meteoandes Datos S.A., Avenida Alvear 1120, Esquel, Province of Chubut, Argentina ("Provider").

CUSTOMER: Anhui Hengnong Agricultural Insurance Co., Ltd., Hefei, Anhui Province, People's Republic of China ("Customer").

Customer writes crop and weather-index insurance for growers of wheat, rice and rapeseed. Provider operates the AgroClima data service, which combines weather station records, reanalysis data and satellite vegetation indices. Customer wishes to subscribe to the AgroClima API for use in underwriting, claims verification and portfolio monitoring. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which Customer retrieves Data.

1.2 "Data" means the weather, soil moisture and vegetation index data, forecasts and derived indicators made available through the API.

1.3 "Customer Inputs" means the field boundaries, coordinates, policy identifiers and crop information that Customer submits to the API to retrieve Data for specific locations.

1.4 "Subscription Year" means each period of 365 days starting on the Subscription Start Date or its anniversary. The "Subscription Start Date" is the date on which Provider issues production API keys to Customer.

1.5 "Custom Deliverables" means the county-level rainfall deficit index, the heat-stress index for rice and the integration adapter that Provider develops for Customer under Clause 3.2.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Data for Customer's insurance business in the People's Republic of China, including in underwriting files, claims decisions, reports to regulators and reinsurers, and internal analysis.

2.2 The subscription covers all of Anhui, Jiangsu and Henan provinces at a resolution of one kilometre, historical data from 1991, daily updates and ten-day forecasts, and up to three million API calls per Subscription Year.

2.3 Customer may store Data retrieved through the API in its own systems and keep it after the end of this Agreement for its records, claims files and regulatory obligations.

2.4 Customer shall not resell the Data as a stand-alone product or make the API available to third parties, except to its reinsurers and auditors for review of specific policies or claims.

3. ONBOARDING AND INTEGRATION

3.1 Within 45 days after signature, Provider shall issue test API keys, provide API documentation in English and Chinese, and support Customer's IT team in connecting the API to Customer's underwriting and claims systems.

3.2 Within the same period, Provider shall develop and deliver the Custom Deliverables, calibrated against Customer's historical claims for the last eight seasons, with a methodology note explaining each index.

3.3 Integration Acceptance tests shall verify that: (a) the API returns Data for 2,000 sample fields chosen by Customer with complete daily values for the test period; (b) the median response time for a single-field request is below 800 milliseconds at 50 requests per second; (c) values for 30 sample weather stations match the official station records within the tolerances in the technical annex; and (d) the Custom Deliverables reproduce Customer's historical loss years as described in the methodology note. Customer shall sign an Integration Acceptance certificate when all tests pass. Use of test keys is not acceptance.

3.4 If Integration Acceptance is not achieved within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for Subscription Year 1, CNY 318,000; subscription fee for Subscription Year 2, CNY 318,000; integration and Custom Deliverables, CNY 38,000, one-time. The total fees under this Agreement are CNY 674,000, including VAT.

4.2 Provider shall invoice the subscription fee for each Subscription Year on its first day, payable within 30 days after receipt of invoice. The one-time fee shall be invoiced after Integration Acceptance.

4.3 API calls beyond the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. These charges are not part of the total fees.

4.4 Payments shall be made to Provider's collection agent in Shanghai, which issues PRC VAT invoices on Provider's behalf.

5. SERVICE LEVELS

5.1 Provider shall make the API available 99.95% of each calendar month, excluding maintenance windows announced at least three days ahead and scheduled outside 08:00 to 20:00 China Standard Time.

5.2 Severity 1 incidents (the API is unavailable or returns incorrect Data for all requests) shall be responded to within one hour, at any time, with updates every two hours until resolved. Severity 2 incidents shall be responded to within 8 business hours.

5.3 If monthly availability is below the level in 5.1, Customer receives a service credit of 10% of one twelfth of the subscription fee for the current Subscription Year for each 0.1 percentage point of shortfall, up to the whole monthly amount. If the Severity 1 response time is missed, Customer receives a further credit of CNY 2,000 per incident. Credits are deducted from the next invoice.

5.4 Daily data updates shall be published by 06:00 China Standard Time. Provider shall notify Customer without delay of any known error in published Data and publish corrected values.

6. CUSTOMER INPUTS

6.1 Customer Inputs remain the property of Customer. Provider shall use Customer Inputs only to return Data to Customer and to provide support under this Agreement, and shall not sell them or use them for any other purpose.

6.2 Customer is responsible for the lawfulness of the Customer Inputs it submits and shall not include the names or identity numbers of individual growers in requests to the API.

7. SUPPORT AND TRAINING

7.1 Provider shall assign a named account manager and a data scientist as Customer's contacts. Support is provided in English and Chinese by e-mail, ticket portal and telephone.

7.2 Provider shall hold two training workshops for Customer's underwriting and claims staff in Hefei during the first Subscription Year, and one online refresher in the second Subscription Year, covering the use of the API, the meaning of each index and the limits of the Data.

7.3 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous API version available for at least 90 days after the change.

7.4 Before each sowing season, Provider shall send Customer a short report on the quality of the Data for the coming season, including any station outages or satellite gaps known at the time.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the API, the AgroClima service and the Data. Nothing in this Agreement transfers ownership of the Data to Customer, apart from the rights in Clause 2.

8.2 The Custom Deliverables, including their formulas, parameters and source code, belong to Customer from delivery. Customer may use, modify and license them freely, including after this Agreement ends. Provider may not offer the same calibrated indices to other insurers.

9. WARRANTIES

9.1 Provider warrants that the Data is produced with the methods described in the technical annex, that it has the rights needed to license the Data to Customer, and that the Custom Deliverables conform to the methodology note.

9.2 Weather forecasts are estimates. Provider does not warrant that forecasts will prove accurate, but shall correct errors in processing within five business days after notice.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the development of the Custom Deliverables or the operation of the API without Customer's prior written consent. Public and commercial sources of raw weather and satellite data listed in the technical annex are not subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 4.1.

11.2 The limit does not apply to infringement of third-party rights, wilful misconduct or gross negligence.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the part of the subscription fee paid for the remainder of the Subscription Year.


13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

14. GENERAL

14.1 Neither party is liable for delay caused by force majeure, including failure of public data sources or satellites outside the party's control, if it notifies the other party promptly.

14.2 This Agreement, with its technical annex, is the entire agreement of the parties. It is written in English and Chinese; both texts have equal effect. Amendments must be in writing signed by both parties.

14.3 Notices shall be sent by courier and e-mail to the addresses above, marked for the attention of Provider's commercial director and Customer's head of agricultural insurance. A notice sent by e-mail takes effect on the next business day after it is sent, unless the sender receives an automated message that it was not delivered.

14.4 Neither party may assign this Agreement without the written consent of the other party, except to an affiliate that takes over the relevant business.

For Provider: ____________________          For Customer: ____________________
Date: ____________________
"""


# ---------------------------------------------------------------- files
TXT = {"h879z03": ("h879z03_cheer_chain_booking_membership_saas.txt", H879Z03),
       "h879z04": ("h879z04_parking_guidance_system_annual_om.txt", H879Z04),
       "h879z05": ("h879z05_maohou_studio_process_tracking_supplier_template.md", H879Z05),
       "h879e02": ("h879e02_orchard_saas_order_form_ovalle_vendor.md", H879E02),
       "h879e04": ("h879e04_oilfield_base_managed_it_services_36m.md", H879E04),
       "h879e05": ("h879e05_agro_climate_data_api_subscription.txt", H879E05)}
SOURCES = {"h879z01": H879Z01, "h879z02": H879Z02, "h879e01": H879E01, "h879e03": H879E03}
TARGETS = {"h879z01": ("h879z01_crop_drone_supervision_platform.pdf", "pdf"),
           "h879z02": ("h879z02_bin_factory_line_control_retrofit.docx", "docx"),
           "h879e01": ("h879e01_dairy_traceability_perpetual_licence_rafaela.pdf", "pdf"),
           "h879e03": ("h879e03_grain_silo_sensors_monitoring_licence.docx", "docx")}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value
LABELS = {
    "h879z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9,
                                   False, True, False, "PRC", G], [True, True, True, False, 2368000]),
    "h879z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26,
                                   False, True, True, "PRC", G], [True, True, True, False, 1560000]),
    "h879z03": ("zh", "cloud", [99.95, 8, True, "buyer", True, True, True, 0.1, None, 262400 / 438800 * 100, False,
                                None, None, None, False, True, False, "PRC", S], [True, True, True, 438800]),
    "h879z04": ("zh", "services", [99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                   None, False, False, False, "PRC", S], [True, True, False, 986000]),
    "h879z05": ("zh", "software", [None, None, False, "supplier", True, False, True, 0.02, 50000 / 386000 * 100, 45,
                                   True, True, 6, 18, False, True, None, None, G], [False, True, True, False, 386000]),
    "h879e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False,
                                   True, False, "Argentina", G], [True, True, True, False, 1806000]),
    "h879e02": ("en", "cloud", [99.5, 1, True, "buyer", True, False, True, 500 / 582000 * 100, 200, None, True, None,
                                None, None, True, True, False, "PRC", S], [True, True, False, 582000]),
    "h879e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 9.5,
                                   False, True, False, "PRC", G], [True, True, True, False, 1880000]),
    "h879e04": ("en", "services", [99.95, 0.5, False, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None,
                                   None, None, False, True, False, "PRC", S], [True, False, False, 2560000]),
    "h879e05": ("en", "cloud", [99.95, 1, True, "buyer", False, True, False, 600 / 674000 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", S], [True, True, False, 674000]),
}
# itemised licence / hardware subtotal (TCO fee base) of the goods_or_licence drafts
FEE_BASE = {"h879z01": 1120000, "h879z02": 1380000, "h879z05": 168000, "h879e01": 1286000, "h879e03": 1670000}
DESIGN = {
    "h879z01": [],
    "h879z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h879z03": ["CR-ACCEPTANCE", "CR-PREPAYMENT", "CR-SLA-RESPONSE"],
    "h879z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h879z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h879e01": ["CR-GOVERNING-LAW"],
    "h879e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h879e03": [],
    "h879e04": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h879e05": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"],
}
DESIGN_RISK = {"h879z01": "low", "h879z02": "high", "h879z03": "high", "h879z04": "medium", "h879z05": "high",
               "h879e01": "low", "h879e02": "medium", "h879e03": "low", "h879e04": "high", "h879e05": "high"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (the shipped defaults of policy.md section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def file_name(key):
    return TXT[key][0] if key in TXT else TARGETS[key][0]


def label(key):
    lang, cat, vals, extra = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    goods = terms["contract_kind"] == G
    ex = dict(zip(["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if goods else [])
                  + ["acceptance_deemed_on_delivery", "contract_value"], extra))
    return {"file": file_name(key), "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": ex, "expected_rules": derive(key, terms, ex)}


def tco_share(key, t, ex):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata)."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (ex["contract_value"] + fees) * 100


def derive(key, t, ex):
    """My reading of policy section 3, applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
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
        if (t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, ex)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = ["high" if x in HIGH else "low" if x in LOW else "medium" for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])"
PATTERNS = [
    NUM + r"(?:30|15|40|100)(?:\.0+)?\s*[%％]",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九十点])",
    NUM + r"99\.90*(?!\d)",
    NUM + r"0\.050*\s*[%％]", r"万分之五(?![十点])", r"千分之零?点五",
    NUM + r"4\s*(?:个\s*)?(?:小时|(?:business\s*|working\s*|clock\s*)?hours?\b|hrs?\b|h\b)",
    r"(?<![\d十])四\s*(?:个\s*)?小时", r"\bfour\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?",
    NUM + r"240\s*(?:分钟|min)",
    NUM + r"12\s*(?:个\s*)?月", r"十二\s*个\s*月", NUM + r"12\s*-?\s*months?", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"一\s*年(?!度|级)", NUM + r"1\s*年(?!度)", r"\bone\s*-?\s*years?\b", NUM + r"1\s*-?\s*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "付款30％", "百分之三十", "15%", "40%", "100%", "100.0%", "99.9%", "99.9", "0.05%",
            "万分之五", "4小时", "4 小时", "四小时", "4 hours", "4 business hours", "four hours", "Four (4) hours", "4h",
            "240分钟", "12个月", "十二个月", "12 months", "12-month", "twelve months", "一年", "1年", "one year",
            "one-year", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "99.99", "24 hours", "24小时", "二十四小时", "14 hours", "150%", "130%", "1.5%",
             "0.5%", "115%", "140%", "0.055%", "0.08%", "万分之八", "万分之二", "112 months", "36个月", "18 months",
             "年度", "2027年", "服务年度", "one hour", "41 years", "two Subscription Years"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s), "must miss: %s (%s)" % (s, RX.search(s))


def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [x.text for x in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_label_values(key, lab):
    t = lab["expected_terms"]
    for k, v in TH.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(key, t, lab["expected_extra"]) if t["contract_kind"] == G else None
    if share is not None:
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
    return share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    for key, (name, text) in TXT.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    covered = set()
    for key in LABELS:
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[key], key
        covered |= set(lab["expected_rules"])
        share = check_label_values(key, lab)
        stem = lab["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(lab["file"])
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("%s  %-62s len %5d  risk %-6s tco %s  %s" % (key, lab["file"], n, risk(lab["expected_rules"]),
              "-" if share is None else "%.2f%%" % share, ", ".join(lab["expected_rules"]) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    dist = [len(DESIGN[k]) for k in DESIGN]
    print("all 20 rules covered; findings per draft:", dist)
