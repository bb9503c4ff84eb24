"""holdout739: ten blind held-out draft contracts (written before any run).

Builds every contract file from the sources kept below (.txt / .md written as they are; .docx / .pdf through
../word_pdf.py), writes the .json labels, derives each draft's expected rules from its labels (policy §3, my reading),
compares them with the design list, checks rule coverage, text lengths and that no value or text sits on a threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H739Z01 = """T:市救助管理站流浪乞讨人员救助管理平台采购合同
P:合同编号：JZGL-2025-ZC-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民政局救助管理站
P:乙方（供应商）：某信息技术股份有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件及乙方投标文件，甲乙双方就流浪乞讨人员救助管理平台（以下简称"平台"）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供救助管理平台软件永久使用许可（含站内救助登记、在站照料、医疗救治转介、返乡护送、档案管理等模块），并完成以下定制开发：寻亲比对模块（对接公安人像比对服务）、与市社会救助信息系统及街面巡查系统的数据接口、街面巡查移动端应用、民政统计报表。
P:1.2 合同总价为人民币壹佰柒拾壹万元整（¥1,710,000.00），其中：平台软件许可费¥860,000；定制开发费¥640,000；历史数据迁移费¥118,000；实施及培训费¥92,000。合同总价为固定价格，含税费、差旅及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应在合同签订之日起九十日内完成平台部署、定制开发及数据迁移，并提交初验申请；交付地点为甲方指定的政务云机房。
P:2.2 乙方应在合同签订后二十日内完成需求调研，提交需求规格说明书及项目实施计划，经甲方书面确认后作为开发和验收的依据。需求变更须经双方书面确认，不改变合同总价的，乙方不得以此为由延长交付期限。
P:2.3 平台应部署于甲方政务云环境，乙方应配合完成等级保护测评及商用密码应用安全性评估的整改工作。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 平台通过初验并试运行满六十日后，甲方支付合同总价的55%。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%。
P:3.4 甲方通过国库集中支付方式付款，乙方应提前开具合法有效的增值税发票。
H:第四条 验收
P:4.1 初验标准：功能符合需求规格说明书全部条目；历史救助档案迁移经逐条比对无遗漏、无错漏；与社会救助信息系统接口连续十个工作日数据交换无差错；300名用户并发时页面响应不超过2秒。
P:4.2 最终验收标准：试运行期内无一级故障；通过第三方机构的安全测评，且高风险问题全部整改；提交源代码、数据字典、操作手册及运维手册。甲方可邀请专家参与验收，验收结论以书面验收报告为准。
P:4.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条 质保与维护
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口调整及技术支持。
P:5.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该费率在质保期满后两年内不上调，维护合同另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 一级故障（平台整体不可用或救助登记无法办理）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应；三级故障1个工作日内响应。
P:6.3 乙方应设立全天候服务热线及故障工单系统，每月向甲方提交运行报告，列明故障次数、响应及恢复时长和可用率统计。
P:6.4 乙方响应或恢复每超时一小时，甲方可扣减维护保证金¥800；月度可用率每低于约定0.01个百分点，扣减¥1,500。
H:第七条 数据安全与数据归属
P:7.1 平台中的受助人员信息、照片、档案及全部业务数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计，实施人员须经甲方审核，远程运维须通过甲方堡垒机并经逐次审批。
P:7.3 合同终止或质保期满时，乙方应将其掌握的全部甲方数据交还甲方，并删除其持有的副本，出具书面删除确认。
P:7.4 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 双方对履行本合同知悉的对方商业秘密及工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内持续有效。
H:第九条 知识产权
P:9.1 定制开发形成的寻亲比对模块、接口程序、移动端应用、报表及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:9.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果存在质量缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收全部款项，并赔偿甲方因此另行采购所增加的费用及其他直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包或转包。乙方擅自分包或转包的，甲方有权解除合同并要求赔偿损失。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类民政或社会救助信息化项目经验的项目经理一名，常驻甲方现场直至最终验收。未经甲方书面同意，乙方不得更换项目经理及核心开发人员；确需更换的，替换人员的资历不得低于原人员。
P:14.2 乙方应每周提交项目周报，说明进度、问题及风险，并参加甲方组织的项目例会。甲方认为乙方人员不能胜任的，乙方应在五个工作日内予以更换。
P:14.3 乙方应为甲方业务人员、街面巡查人员及系统管理员分别开展培训，培训不少于三期，每期不少于两天，并提供培训教材和考核记录。
P:14.4 乙方人员进入甲方场所应遵守甲方安全管理制度，尊重受助人员人格尊严，不得拍摄、传播受助人员影像。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，发生冲突时以本合同为准。本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：功能及定制需求清单；附件二：验收方案；附件三：服务响应流程。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2025年　月　日
"""

H739Z02 = """T:铸锻生产线控制系统改造及维保合同
P:合同编号：TG-ZD-2025-032
P:甲方（买方）：某铁锅制造有限公司
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方为提升铸铁锅浇注线及锻压线的自动化水平和工艺稳定性，委托乙方实施生产线控制系统改造。双方经友好协商，就设备供货、软件许可、安装调试及维保服务达成如下协议。
H:第一条 项目范围
P:1.1 乙方负责对甲方一号厂房三条浇注线和四台锻压机的控制系统进行改造，包括控制柜更换、伺服改造、传感器加装、工控机及人机界面部署、产线监控软件部署及工艺配方管理功能定制，并完成与甲方现有ERP系统的生产工单接口。
P:1.2 改造应在甲方指定的停产窗口内分线实施，每条线停产时间不超过七日，乙方应事先提交切换方案及回退方案，经甲方书面确认后实施。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾壹万肆仟元整（¥1,714,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|浇注线PLC控制柜|3套|168,000|504,000
TB:2|锻压机伺服改造套件|4套|96,000|384,000
TB:3|温度、压力传感器及采集模块|1批|212,000|212,000
TB:4|工控机及人机界面|6台|18,000|108,000
TB:5|产线监控软件许可（含工艺配方管理）|1套|276,000|276,000
TB:|软硬件小计|||1,484,000
TB:6|安装调试及联调|1项|168,000|168,000
TB:7|工艺参数配置及操作培训|1项|62,000|62,000
TB:|合同总价|||1,714,000
P:2.2 上述价格含设备费、软件许可费、运输、保险、安装、税费及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，乙方须同时提交等额银行预付款保函。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的45%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成安装调试。
P:4.2 乙方应遵守甲方厂区安全生产管理规定，高温、起重、动火作业须办理作业许可。因乙方人员违章造成的人身伤害或财产损失由乙方承担。
P:4.3 乙方应派驻具有工业控制系统改造经验的项目经理及电气、软件工程师各至少一名，改造期间常驻甲方现场。每条线切换前，乙方应组织甲方工艺、设备及安全人员进行联合检查，并保留原控制系统至新系统稳定运行十五日后方可拆除。
P:4.4 设备应为原厂全新产品，随货提供合格证、说明书、出厂检验报告及电气图纸。关键部件（PLC、伺服驱动器、温度变送器）的品牌和型号以技术协议为准，乙方不得擅自替换。
H:第五条 验收
P:5.1 验收标准：各控制点位逐一测试合格；浇注温度控制偏差不超过±8℃；锻压节拍达到技术协议约定值；监控软件数据刷新不超过3秒；与ERP工单接口连续十日数据一致；三条浇注线及四台锻压机连续满负荷运行七十二小时无故障。
P:5.2 验收合格后双方签署最终验收证书。试生产、设备投入使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内整改并重新组织验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修、更换部件并提供软件升级。
P:6.2 质保期满后，乙方按软硬件小计的8%每年收取维保费（每年¥118,720），该价格在质保期满后三年内固定不变。维保合同每年另行签订。
P:6.3 乙方应在甲方厂区储备常用备品备件（包括伺服驱动器、温度模块、通讯模块各两件），并每季度对控制系统进行一次预防性巡检，出具巡检报告，巡检发现的隐患应在十日内消除。
P:6.4 乙方应对甲方的电气维护人员及操作人员进行培训，培训内容包括控制柜日常检查、常见报警处理、工艺配方维护及应急停机操作，培训后甲方人员应能独立完成一般故障处理。
H:第七条 服务水平
P:7.1 控制系统月度可用率不低于99.5%。可用率每低于约定0.1个百分点，乙方向甲方支付¥2,000。
P:7.2 故障等级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|整条产线停机或存在安全风险|30分钟|2小时|8小时
TB:二级|单台设备或单项功能异常|2小时|8小时|24小时
TB:三级|一般咨询及非紧急问题|1个工作日|按约定|按约定
P:7.3 乙方响应、到场或恢复每超时一小时，甲方可从维保费或质量保证金中扣减¥1,000。
H:第八条 数据安全与知识产权
P:8.1 控制系统采集的工艺参数、生产记录及配方数据均归甲方所有，乙方不得用于本合同以外的任何目的，不得复制或带离甲方厂区。
P:8.2 乙方应在控制网与办公网之间部署工业防火墙，远程维护须经甲方逐次审批并全程记录。因乙方原因造成数据泄露、篡改或系统被入侵的，乙方应在2小时内报告并承担赔偿责任。
P:8.3 乙方为本项目编写的PLC程序、工艺配方管理定制功能、接口程序及其源代码的知识产权归甲方所有，甲方可自行修改和使用。监控软件标准产品的知识产权归乙方，甲方享有永久使用许可。
P:8.4 乙方保证所供设备及软件不存在后门、远程锁定或未经披露的数据外传功能，所使用的开源组件应在交付文档中列明。乙方交付时应提交全部控制程序的最终版本、备份文件、组态工程文件及电气图纸电子版，并协助甲方建立程序版本管理制度。
H:第九条 保密
P:9.1 乙方对在项目中知悉的甲方工艺配方、产能数据、客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后三年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方在本合同项下对甲方承担的全部赔偿责任累计不超过合同总价的50%，但因乙方故意或重大过失、人身伤害及违反第八条、第九条造成的损失除外。
P:10.3 乙方交付的设备或软件不符合技术协议的，应在甲方通知后十日内免费更换或修正；因此造成甲方停产损失的，乙方应按甲方核定的直接损失予以赔偿。
H:第十一条 分包
P:11.1 乙方可将电气配线、桥架敷设等辅助安装工作分包给具有相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 乙方逾期超过四十日，或改造后的产线经两次验收仍不合格的，甲方有权解除合同，乙方应自费拆除其设备并将原控制系统恢复至可运行状态。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
P:13.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由停止维保服务。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、切换方案。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""

H739Z03 = """连锁录音棚预约及会员管理SaaS服务合同

合同编号：SY-SAAS-2025-0609
甲方（客户）：某文化传媒连锁有限公司（经营"声域"连锁录音棚，含KTV录音与配音业务）
乙方（服务商）：某云软件科技有限公司

鉴于甲方在全国经营35家录音棚门店，需要统一的在线预约、排班、会员及储值管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供服务并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方35家门店提供"棚约"预约及会员管理平台的订阅服务，包括：
1. 线上预约（小程序、公众号及门店前台）、录音棚及录音师排班、到店核销；
2. 会员档案、等级、积分、储值卡及套餐管理；
3. 配音作品交付及客户取件管理；
4. 门店经营报表及总部驾驶舱。
（二）实施服务：乙方负责平台开通、35家门店数据初始化、历史会员及储值余额迁移、与甲方收银系统及财务系统的接口对接、会员积分规则及小程序页面的定制配置、门店人员培训。
（三）服务期限为两个服务年度，自平台上线验收合格之日起计算，每个服务年度自起始日起至次年对应日的前一日止。

二、服务费用及支付
（一）年服务费按门店计收，每店每年人民币9,800元，35家门店每个服务年度合计343,000元，两个服务年度合计686,000元。
（二）实施费为人民币128,000元，一次性计收。
（三）本合同总价为人民币814,000元（含税）。
（四）实施费在上线验收合格后十五个工作日内支付；每个服务年度的年服务费在该服务年度开始后十五个工作日内支付。甲方在上线验收前不支付任何款项。
（五）上述费用已包含平台使用、存储、短信通知（每店每月不超过三千条）、版本升级及服务期内的技术支持费用，乙方不得另行收取。
（六）服务期内新增门店的，按每店每年9,800元按月折算计费。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。实施期间乙方应按门店分批切换，每批切换应避开周末营业高峰，并保留原系统数据备份直至验收合格。
（二）上线验收标准：
1. 需求确认书所列功能全部可用；
2. 历史会员档案及储值余额迁移后与甲方原系统逐户核对一致；
3. 与收银系统、财务系统接口连续七日对账无差异；
4. 35家门店全部完成试运行，试运行期间无一级故障；
5. 500个并发预约请求下页面响应时间不超过2秒。
6. 门店店长、前台及录音师的操作培训全部完成，培训覆盖率达到门店在岗人员的九成以上，并提交培训签到及考核记录。
（三）甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。

四、服务水平
（一）平台月度可用率不低于99.95%，计划内维护应安排在凌晨二时至六时之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台整体不可用、无法预约或无法核销）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：1个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，每低0.02个百分点，按当月服务费的2%给予服务抵扣；一级故障响应或恢复超时的，每次按当月服务费的3%给予抵扣。服务抵扣在下一期服务费中扣除。

（四）乙方应为甲方总部指定专属客户经理，提供工作日驻场或远程支持，并每月提交服务报告，列明可用率、故障及处理情况、预约及核销量统计。节假日及周末为录音棚营业高峰，乙方应安排值班工程师，不得以非工作时间为由延迟处理一级及二级故障。
（五）乙方对平台进行版本升级前应提前七日通知甲方，升级不得导致已有功能缺失或门店数据丢失；升级涉及门店操作变化的，乙方应提供操作说明并组织线上培训。

五、数据权益与数据安全
（一）甲方及其会员在平台中产生的会员信息、预约记录、储值及消费数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化处理后，汇总用于乙方的行业分析报告、算法模型训练及产品改进，该等使用在本合同期满后仍可继续。
（三）乙方应将平台部署在中国境内的云服务器，采取加密存储、访问控制、操作日志留存不少于六个月等安全措施，平台应通过网络安全等级保护二级以上测评。
（四）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，并配合甲方履行向监管部门及会员的告知义务。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据。

六、保密
双方对因本合同知悉的对方商业秘密、经营数据及技术资料承担保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。乙方应要求参与本项目的员工签署保密承诺书，并对其员工的泄密行为向甲方承担责任。

七、知识产权
（一）平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制配置的会员积分规则、小程序页面设计、接口程序及相关文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方使用。

八、违约责任
（一）乙方未按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第五条、第六条造成的损失不受此限。
（三）乙方迁移的会员储值余额出现差错的，乙方应在发现后两日内更正，并承担因此向会员退赔或补偿的全部费用。
（四）甲方逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。

九、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。乙方使用的云基础设施服务商应在本合同附件中列明。

乙方更换云基础设施服务商的，应提前三十日书面通知甲方并说明数据迁移方案，迁移期间不得降低本合同约定的服务水平。

十、续期
本合同期满前三十日内，双方均未书面提出终止的，本合同自动续期一个服务年度，续期可多次进行。续期时乙方有权按其届时公布的标准价格调整年服务费，调整后的价格自续期之日起适用。

十一、合同解除
（一）乙方严重违约，或平台连续两个月未达到第四条约定的服务水平，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未履行期间的服务费。
（二）合同解除或终止后，乙方应按第五条第（五）项交付数据，并在甲方确认数据完整后删除平台中的甲方数据，出具书面删除证明。
（三）乙方应在合同终止后继续提供不少于三十日的只读查询服务，便于甲方核对会员储值余额及未完成的预约订单，该期间不另收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、其他
本合同附件包括：需求确认书、门店清单、云基础设施服务商清单。本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：　　　　年　　月　　日
"""

H739Z04 = """茶园管理信息系统年度运维服务合同

项目编号：CYZX-CS-2025-06（竞争性磋商）
甲方：某县茶产业发展中心（县茶叶站）
乙方：某数字农业科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就县茶园管理信息系统（含茶园地块一张图、茶农档案、农事记录、茶青收购溯源、病虫害监测预警及移动端）的年度运行维护服务，订立本合同。

第一条 服务范围
（一）系统日常运行监控、巡检及故障处理，包括应用系统、数据库、中间件及部署在甲方机房的两台服务器。
（二）全县二十六个茶园基地的虫情测报灯、气象站及视频监控点的接入维护，数据中断的应及时排查恢复。
（三）茶农档案、地块及农事数据的日常维护、备份和季度数据质量核查。
（四）系统小版本更新及安全补丁修复，配合甲方完成网络安全检查及漏洞整改。
（五）春茶、夏秋茶采摘季期间的驻场保障，以及茶农和乡镇农技人员的操作培训。
（六）协助甲方编制茶园生产统计月报、茶青收购价格周报及病虫害预警通报，按甲方要求调整报表格式和统计口径。
（七）本合同不包括系统新功能的开发及服务器、网络设备的硬件更换；确需开发或更换的，由双方另行协商。

第二条 服务期限
服务期限自2025年7月1日起至2026年6月30日止。期满后如需继续服务，由甲方依法重新组织采购，本合同不自动续期。

第三条 服务费用及支付
（一）年度运维服务费为人民币肆拾叁万陆仟元整（¥436,000），包含人工、差旅、备品备件、工具软件及税费。
（二）服务费按季度支付，每季度¥109,000。每季度末，乙方提交季度运维报告，经甲方考核合格后十五个工作日内支付当季费用。
（三）甲方不向乙方预付任何款项。
（四）乙方应在每次收款前开具合法有效的增值税普通发票。甲方付款以财政资金到位为前提，因财政拨付程序导致的合理延迟不视为甲方违约，但甲方应及时告知乙方。

第四条 服务要求
（一）乙方应配备不少于三名专职运维人员，其中驻场工程师一名，工作日在甲方办公地点值守；采摘季（每年3月至5月）增派驻场人员一名。
（二）乙方应每日检查系统运行状态及基地监测设备的数据上传情况，每周对数据库进行完整备份并异地存放一份，每月提交巡检记录。
（三）故障分级及响应：
1. 一级故障（系统整体无法访问、数据丢失或茶青收购溯源无法使用）：乙方应在1小时内响应，3小时内到达现场，当日内恢复；
2. 二级故障（部分功能或部分基地监测设备异常）：2小时内响应，次日内恢复；
3. 三级故障（一般操作问题）：1个工作日内处理。
（四）乙方响应或恢复超过上述时限的，应书面说明原因，并在五个工作日内提交整改措施。乙方服务未达到本条要求的，甲方可要求乙方限期整改。
（五）乙方应为茶农和乡镇农技人员组织培训不少于四次，采摘季前完成移动端农事记录及茶青交售功能的操作培训。

第五条 服务考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检及备份记录完整；故障按时响应和恢复的比例不低于九成五；离线超过两日的监测设备均已查明原因并处置；季度数据质量核查问题全部闭环；甲方满意度评价。
（二）服务期满时，甲方组织年度验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；运维文档、账号清单、配置基线及全部数据完整移交甲方。
（三）考核不合格的，乙方应在十日内完成整改并申请复核。
（四）季度考核由甲方组织，可邀请乡镇农技站及茶企代表参加，考核结果以书面形式通知乙方，乙方对考核结果有异议的，可在五日内提出书面说明。

（六）乙方应制定系统故障、数据丢失、网络攻击及极端天气导致监测设备损毁等情形的应急预案，报甲方备案，并每半年组织一次应急演练，演练记录随季度运维报告提交。
（七）乙方应建立运维工单台账，对每次故障记录发现时间、响应时间、处理过程、恢复时间及根本原因，甲方可随时查阅。

第六条 数据安全
（一）系统中的茶农个人信息、地块、农事、收购及监测数据均属于甲方所有，乙方仅可为提供本合同约定的运维服务使用，不得用于其他目的，不得复制、留存或向第三方提供。
（二）乙方运维人员须使用甲方分配的实名账号，通过甲方堡垒机操作，严禁私自开启远程访问端口；涉及批量数据导出的，须经甲方书面审批。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。

（四）乙方应每季度对备份数据进行一次恢复测试，确保备份可用，测试结果纳入季度运维报告。

第七条 保密
乙方及其人员对履行本合同过程中知悉的甲方工作秘密、茶农信息及系统配置信息负有保密义务，未经甲方书面同意不得泄露。本条义务不因合同终止而解除。乙方应与其运维人员签订保密协议，人员离岗时应收回其系统账号并督促其交回全部资料。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、接口调整程序及运维文档的知识产权归甲方所有，乙方应在每季度末随运维报告一并交付。乙方使用的自有运维工具仍归乙方所有，但不得在甲方系统中留存。

第九条 违约责任
（一）乙方未在服务期开始之日起五日内完成人员进场及交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成数据丢失、系统损坏的，乙方应负责恢复并赔偿甲方损失。违约金不足以弥补甲方损失的，乙方应补足差额。

第十条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十一条 合同的变更与履行
（一）本合同一经签订，除不可抗力外，双方均不得单方解除。乙方服务不符合约定的，甲方可依照第四条、第五条要求乙方限期整改。
（二）合同履行期间，甲方因业务调整需要增减服务内容的，双方协商签订补充协议，费用按本合同单价比例调整。

第十二条 人员管理
（一）乙方应在合同签订后五日内向甲方提交运维人员名单、资质证明及联系方式，驻场工程师应具备数据库及网络运维经验。
（二）乙方更换驻场工程师的，应提前十日书面告知甲方并做好工作交接，替换人员的能力不得低于原人员；甲方认为乙方人员不能胜任的，有权要求乙方更换。
（三）乙方人员在甲方场所及茶园基地工作期间，应遵守甲方的管理制度和安全要求，因乙方人员过错造成的人身或财产损害由乙方负责。

第十三条 服务交接
服务期满或合同终止时，乙方应在十个工作日内向甲方或甲方指定的接续服务商移交全部系统账号、密码、配置文件、备份数据及运维文档，并配合完成不少于十日的过渡期工作。移交完成后，乙方应删除其持有的甲方数据及账号信息，并向甲方出具书面确认；移交不完整的，乙方应继续免费配合直至移交完成。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。竞争性磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：　　　　　　　乙方（盖章）：
签订日期：2025年6月　日
"""

H739Z05 = """# 木旋工坊生产追溯系统软件许可及定制开发合同

**乙方标准合同文本 版本号：MX-STD-2024-B**

合同编号：MX-2025-118

- 甲方（用户）：某木器制品厂（主营擀面杖、木勺等厨房木器）
- 乙方（开发方）：某智造软件有限公司

甲方拟在车削、砂光车间部署生产追溯系统，实现从原木开料、车削成型、砂光、上油到包装出库的逐批追溯，乙方为该系统的开发方及著作权人。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方授予"木旋工坊生产追溯系统"V3.0的非独占使用许可，许可范围为甲方厂区内的车削、砂光、上油及包装四个工段，包括基础平台、车削工位追溯模块、砂光工位追溯模块。

1.2 乙方根据甲方需求进行定制开发，内容包括：工单与批次扫码流转、木料批次（榉木、枣木、橡胶木）溯源、与质检台电子秤及含水率仪的数据对接、车间看板及日报。

1.3 乙方负责系统安装部署、基础数据初始化及甲方操作人员培训。

1.4 本合同的附件包括：需求说明、系统功能清单及报价单。附件与本合同条款不一致的，以本合同条款为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（基础平台+车削模块+砂光模块） | 520,000 |
| 2 | 定制开发费 | 286,000 |
| 3 | 安装实施及培训费 | 54,000 |
| | 合计 | 860,000 |

合同总价为人民币捌拾陆万元整（¥860,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，乙方收到该款项后启动项目。

3.2 系统上线运行后七个工作日内，甲方支付合同总价的45%。

3.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税专用发票。已付款项在任何情况下均不予退还，但因乙方根本违约导致合同解除的除外。

3.4 甲方未按期付款的，乙方有权暂停实施或技术支持，由此导致的工期延误由甲方承担。

## 第四条 项目实施

4.1 乙方在收到首期款后七十五日内完成系统安装和定制开发并上线运行。因甲方未及时提供需求资料、场地或网络条件导致延误的，工期相应顺延。

4.2 甲方应指定项目联系人，配合乙方开展需求调研、数据收集及现场测试，并在乙方提出需求确认后三个工作日内回复，逾期未回复的视为确认。

4.3 定制开发需求以双方签字的需求说明为准，需求说明以外的新增需求，乙方另行报价。

4.4 系统运行所需的服务器、扫码枪、工位平板、标签打印机及车间无线网络由甲方自行采购和布设，乙方可提供配置建议。硬件不符合乙方建议配置导致系统运行缓慢或异常的，乙方不承担责任。

4.5 乙方为甲方提供两次现场培训，每次不超过一天，培训对象为甲方车间主管、质检员及系统管理员。培训以外的现场服务，按每人每天人民币二千五百元另行收费，差旅费由甲方承担。

4.6 乙方交付的资料包括：系统安装包、用户操作手册及管理员手册电子版。定制功能的源代码及数据库设计文档属于乙方技术秘密，不在交付范围内。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后如发现问题，可通过乙方客服渠道提交，乙方将在后续版本中统一处理。

5.3 系统上线后，甲方开始在车间使用系统扫码流转工单的，视为甲方对系统功能及定制开发成果的认可，甲方不得再以功能不符为由拒付款项。

5.4 乙方可应甲方要求出具上线确认单，甲方应在收到后三个工作日内签署，逾期未签署的视为已签署。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括远程技术支持、缺陷修复及小版本更新。

6.2 免费维护期内，乙方将尽商业上合理的努力，通过电话、远程协助等方式为甲方提供技术支持，处理时间视问题复杂程度而定。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费为软件许可费的32%，即每年人民币166,400元。

6.4 因甲方擅自修改系统、操作不当或硬件、网络故障导致的问题，不属于维护范围，乙方可按实际工作量另行收费。

6.5 乙方发布的大版本升级不包含在免费维护及年度维护服务内，甲方如需升级，应按乙方届时的升级政策另行购买。

## 第七条 知识产权

7.1 系统软件及乙方为本项目开发的全部定制功能、程序源代码、接口程序、数据库设计及技术文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有上述定制功能的非独占、不可转让的使用权，不得对其进行修改、反向工程，也不得许可或提供给任何第三方使用。

7.3 乙方有权将本项目的定制功能纳入其标准产品，向其他客户销售。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的生产、批次、质检及员工数据归甲方所有，乙方仅为履行本合同目的使用。

8.2 乙方应采取访问控制、加密传输及操作日志等措施保障数据安全。乙方远程维护应经甲方同意，维护结束后关闭远程连接。因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 合同终止后，乙方应按甲方要求将系统中的甲方数据以通用格式导出交付甲方，并删除乙方为维护目的保存的数据副本。

## 第九条 保密

双方对在合作中获悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。乙方为开展业务需要，可在宣传材料及客户名单中列明甲方名称及项目概况，但不得披露甲方的具体生产数据。

## 第十条 违约责任

10.1 乙方未按第四条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

10.3 任何一方因不可抗力不能履行合同的，不承担违约责任，但应及时通知对方并提供证明。

10.4 乙方对因系统使用导致的甲方停产、订单延误、利润损失等间接损失不承担责任。

## 第十一条 甲方的义务

11.1 甲方应按照乙方提供的操作手册使用系统，妥善保管系统管理员账号及密码，因甲方账号管理不善导致的损失由甲方自行承担。

11.2 甲方应自行做好系统数据的日常备份。甲方未做备份导致的数据丢失，乙方可协助恢复，但不承担恢复不成功的责任。

11.3 未经乙方书面许可，甲方不得将系统安装在许可范围以外的厂区或车间，也不得允许关联企业使用。

## 第十二条 合同解除

一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章且乙方收到首期款之日起生效。

14.2 本合同一式两份，双方各执一份。本合同条款为乙方标准条款，双方确认已充分理解。

甲方（盖章）：　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

H739E01 = """T:Software Licence and Services Agreement
P:Agreement No. PSL-2025-044
P:This Agreement is made between Zhejiang Lanxi Home Textiles Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Lanxi, Zhejiang ("Customer"), and Northbengal Planning Systems Ltd., a company incorporated in Bangladesh with its registered office at Station Road, Dinajpur ("Vendor").
P:Customer wishes to acquire a perpetual licence to Vendor's advanced planning and scheduling software and related implementation services for its weaving, dyeing and finishing plants, and Vendor agrees to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's LoomPlan advanced planning and scheduling software, version 7, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scheduling rules, configuration scripts and documentation developed by Vendor specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for Customer, including orders, routings, machine calendars, inventory and personnel data.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 60 named planners and 400 shop-floor users at Customer's plants in Lanxi and Shaoxing, for Customer's internal business purposes.
P:2.2 Vendor shall configure the Software, build interfaces to Customer's ERP, warehouse management and dyehouse control systems, migrate open orders and master data, and train Customer's key users and administrators.
P:2.3 The Software shall be installed on servers in Customer's own data centre. Vendor shall not host any part of the Software or Customer Data outside Customer's premises.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,336,000, inclusive of all taxes, duties, travel and expenses, consisting of: Licence Fee CNY 980,000; Implementation Services CNY 310,000; Training CNY 46,000.
P:3.2 The Contract Price is fixed and covers all work described in Annex 1. Changes require a written change order signed by both parties.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement against Vendor's invoice and an advance payment bank guarantee of the same amount.
P:4.2 Customer shall pay 45% of the Contract Price within 30 days after go-live of the Software at both plants. Go-live does not constitute acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to Vendor's account notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall complete installation, configuration, interfaces and data migration within 120 days after signature.
P:5.2 The acceptance criteria are: all functions listed in Annex 1 pass the agreed test scripts; the weekly dyehouse schedule is generated in less than 10 minutes for the full order book; all ERP and warehouse interfaces run for 20 consecutive working days without data discrepancies; migrated open orders reconcile line by line with the source systems; and no Severity 1 defect occurs during a 45-day parallel run.
P:5.3 Customer shall complete the acceptance tests within 15 working days after Vendor's written notice of readiness and shall either issue Final Acceptance or list the failures in writing. Vendor shall correct any failure within 15 days and the tests shall be repeated.
P:5.4 Use of the Software in production before Final Acceptance, or any payment, shall not be deemed acceptance.
P:5.5 Vendor shall appoint a project manager with experience of planning systems in the textile industry, who shall attend weekly progress meetings (on site or by video) and provide a written weekly report on progress, risks and open issues. Vendor shall not replace the project manager or the lead consultant without Customer's consent, which shall not be unreasonably withheld.
P:5.6 Training shall consist of at least six days of key-user training and three days of administrator training at Customer's Lanxi plant, with training materials in Chinese. Customer may record the sessions for internal use.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and Custom Deliverables will conform to the documentation and Annex 1 for 18 months after Final Acceptance. During this warranty period Vendor shall correct defects, provide updates and upgrades, and provide support free of charge.
P:6.2 After the warranty period, Customer may purchase annual support at 10% of the Licence Fee per year (CNY 98,000 per year). This fee is fixed for the first three support years after the warranty period. Support is ordered by Customer each year in writing and does not renew automatically.
P:6.3 Vendor shall maintain a support desk reachable by telephone and e-mail in Chinese and English. Defects are classified as follows: Severity 1 (production planning stopped, or a plant cannot release work orders) - response within 1 hour and a workaround within 8 hours; Severity 2 (a major function impaired, with a workaround) - response within 2 hours and a fix within 3 working days; Severity 3 (other defects and questions) - response within 1 working day.
P:6.4 For each hour by which Vendor exceeds a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000 against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely.
P:7.3 Vendor warrants that the Software and Custom Deliverables do not infringe any third-party right and shall indemnify Customer against any claim of infringement.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 Vendor shall access Customer's systems only through Customer's VPN with multi-factor authentication, under named accounts approved by Customer for each session. No Customer Data may be transferred outside the People's Republic of China. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all steps needed to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to Vendor, Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, infringement under Article 7.3 and breach of Articles 8 and 9, which are not limited.
H:Article 11 Subcontracting
P:11.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains fully responsible for approved subcontractors.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the warranty period, except that the licence under Article 2.1 is perpetual.
P:12.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 10.1 reach their maximum. Vendor shall then refund the amounts paid for the services not accepted.
P:12.3 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of Bangladesh.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Dhaka under the Arbitration Act 2001 of Bangladesh, by three arbitrators, in the English language.
P:13.3 Pending the resolution of any dispute, each party shall continue to perform its obligations that are not in dispute, and Vendor shall not suspend support or withhold the Custom Deliverables on account of the dispute.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Scope and Acceptance Test Plan) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 Neither party may assign this Agreement without the other party's prior written consent, except that Customer may assign it, together with the licence, to an affiliate that takes over the plants.
P:14.3 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If force majeure lasts more than 60 days, either party may terminate by written notice.
P:14.4 Notices shall be given in writing to the addresses above. This Agreement is signed in two English originals, one for each party.
P:For Customer: ____________________    For Vendor: ____________________
"""

H739E02 = """# Order Form and General Terms - LiftTrack Field Service Cloud

Order Form No. PCW-OF-2025-0317

## Part A - Order Form

### A1. Parties

- **Customer:** Foshan Shunan Elevator Maintenance Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China.
- **Provider:** Padma Cloud Works Ltd., Abdul Hamid Road, Pabna, Bangladesh.

This Order Form is governed by the General Terms in Part B, which form part of it. If this Order Form and Part B conflict, this Order Form prevails.

### A2. Service

LiftTrack Field Service Cloud, Professional Edition, for 180 named technician users and 24 dispatcher and supervisor users, including: work-order dispatch and routing; preventive maintenance scheduling for up to 9,000 registered elevators and escalators; the mobile technician app with offline mode; spare-parts stock tracking for three warehouses; customer e-signature of service reports; and the management dashboard. The Service is hosted for Customer in a data centre in Guangzhou operated by Provider's hosting provider named in A6.

### A3. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under Part B Section 3. The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 204 users, annual | 246,000 |
| Subscription, Subscription Year 2 | 204 users, annual | 246,000 |
| Onboarding (configuration, data import, integration with Customer's ERP, training) | one-time | 58,000 |
| **Total Contract Value** | | **550,000** |

All fees include VAT. Additional users may be added at a pro-rata share of CNY 1,206 per user per Subscription Year.

### A5. Invoicing and Payment

1. The Onboarding fee is invoiced after Onboarding Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Customer pays each undisputed invoice within 30 days of receipt, in CNY, by bank transfer. No amount is payable before Onboarding Acceptance.

### A6. Service-Specific Terms

- Service Level: as in Part B Section 5.
- Approved hosting provider: Guangzhou Yunhai Data Services Co., Ltd. (data centre in Huangpu District, Guangzhou).
- Customer contact for operations: Head of Maintenance Systems. Provider contact: Customer Success Manager for South China.
- Onboarding target date: 60 days after signature of this Order Form.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscription service described in A2, including the mobile app and updates made generally available during the Subscription Term.

1.2 "Customer Data" means all data submitted to or generated in the Service by or for Customer, including elevator registers, maintenance records, technician locations, customer signatures and photos.

1.3 "Customer Configurations" means the workflows, forms, report templates, maintenance checklists and integration mappings built for Customer during onboarding or later on Customer's request.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with this Order Form.

2.2 Provider may improve the Service, but shall not materially reduce its functionality during the Subscription Term. Provider shall give Customer at least 14 days' notice of any change that affects how users work.

2.3 Customer is responsible for its users' compliance with these General Terms and for keeping login credentials secure.

### 3. Onboarding and Acceptance

3.1 Provider shall complete onboarding by the target date in A6. Onboarding includes importing Customer's elevator register and open work orders, configuring workflows and checklists for the three inspection types required by the local market supervision authority, integrating with Customer's ERP for spare parts and invoicing, and training dispatchers and technician team leaders.

3.2 Onboarding Acceptance criteria: all imported elevator records reconcile with Customer's register; work orders flow to and from the ERP for 10 consecutive working days without errors; the mobile app works offline and synchronises for a pilot group of 30 technicians over 15 working days; and every function in A2 passes Customer's test script.

3.3 Customer shall confirm Onboarding Acceptance in writing or list the failures within 10 working days after Provider's notice of readiness. Provider shall correct failures and resubmit. Use of the Service by the pilot group does not constitute acceptance.

3.4 Provider shall provide onboarding through a named project lead who is available on Customer's Foshan premises for at least 10 working days during onboarding, and shall deliver a user guide and short training videos in Chinese for technicians.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, including any analytics, benchmarking or product development.

4.2 Customer Data shall be stored only in the Guangzhou data centre named in A6 and shall not be transferred outside the People's Republic of China. The Service shall hold a valid MLPS level-3 record. Provider shall encrypt Customer Data in transit and at rest, enforce role-based access and multi-factor authentication for its administrators, keep access logs for at least 180 days and back up Customer Data daily.

4.3 Provider shall notify Customer within 8 hours after becoming aware of any security incident affecting Customer Data, shall contain and remedy it, and shall be liable for the losses caused by its failure to meet this Section 4. Provider shall assist Customer with any notification to authorities or individuals required by the PRC Personal Information Protection Law.

4.4 On expiry or termination, Provider shall make Customer Data available for export in CSV and JSON formats for 60 days and shall then delete it and confirm deletion in writing.

### 5. Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and performed between 00:00 and 05:00 China Standard Time.

5.2 Incident priorities: Priority 1 (Service unavailable, or dispatch or the mobile app not working for all users) - response within 30 minutes and restoration within 6 hours; Priority 2 (a major function impaired for some users) - response within 2 hours; Priority 3 (other issues) - response within 1 business day. Support is provided in Chinese.

5.3 Service credits: for each full 0.1 percentage point below the monthly availability commitment, Customer receives a credit of 5% of that month's share of the subscription fee; for each Priority 1 incident where response or restoration is late, a credit of 3% of that month's share. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to Customer.

5.4 Provider shall send Customer a monthly service report showing availability, incidents by priority, response and restoration times, and credits due. Customer may audit the figures against its own monitoring once per Subscription Year.

5.5 Provider shall keep the mobile app compatible with the Android and HarmonyOS versions used by Customer's technicians, and shall publish updates through Customer's internal app store within 10 days after their general release.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Customer may export, modify and use them, and allow third parties to use them, without restriction.

### 7. Subcontracting

7.1 Provider may use the hosting provider named in A6. Provider shall not use any other subcontractor to perform the Service or to process Customer Data without Customer's prior written consent. Provider remains responsible for the acts of its subcontractors.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

8.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 9. Term and Termination

9.1 This Order Form runs for the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Customer may also terminate if availability falls below the commitment in 5.1 in any three months of a Subscription Year.

9.3 On termination by Customer under 9.2, Provider shall refund the prepaid subscription fees for the remainder of the Subscription Year.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent.

11.2 Amendments must be in writing and signed by both parties. This Order Form may be signed in counterparts and by electronic signature.

| For Customer | For Provider |
|---|---|
| Name / Title / Date | Name / Title / Date |
"""

H739E03 = """T:Supply Contract for Cold-Store Sensors and Monitoring Software
P:Contract No. HYCC-PUR-2025-052
P:Buyer: Qingdao Haiyun Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong, People's Republic of China.
P:Supplier: Jamuna Sensor Technologies Ltd., Victoria Road, Tangail, Bangladesh.
P:The Buyer operates six cold stores and a frozen-food distribution centre in Qingdao. It wishes to buy wireless temperature, humidity and door sensors, gateways and a monitoring software licence, with installation, calibration and training, so that every storage chamber is monitored continuously and alarms reach the duty staff. This Contract is on the Buyer's standard purchasing terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, version 5, including its alarm engine, dashboard and mobile alarm app, licensed under Clause 9.
P:1.3 "Buyer Data" means all readings, alarms, logs, user records and reports collected or generated by the Equipment and the Software for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and Software at the Buyer's sites, and train the Buyer's staff, for the following fixed prices, inclusive of VAT, delivery to site, import duties and all expenses:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|640|420|268,800
TB:2|LoRa gateway with 4G backup|32|3,600|115,200
TB:3|Door-open sensor|180|260|46,800
TB:4|ColdWatch monitoring software, perpetual site licence|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||666,800
TB:5|Installation, calibration and commissioning|1 lot|84,000|84,000
TB:6|Training of operators and administrators|1 lot|16,200|16,200
TB:|Contract Price|||767,000
P:2.2 The Contract Price is fixed. No other charge is payable for the scope described in Annex A.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and physical installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's sites within 50 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 Installation work inside cold chambers shall be planned with the Buyer's warehouse managers so that stored goods are not exposed to temperature excursions. The Supplier's staff shall wear the protective clothing required by the Buyer and follow its site safety rules.
P:4.3 Each sensor shall be supplied with a calibration certificate traceable to national standards, and shall be labelled with its chamber and position as shown in the Buyer's layout drawings.
P:4.4 Training shall comprise two days for warehouse duty staff on alarm handling and escalation, and three days for the Buyer's administrators on configuration, user management, calibration records and backup. The Supplier shall provide training materials and quick-reference cards in Chinese.
P:4.5 With the Equipment the Supplier shall deliver as-built drawings showing the position of every sensor and gateway, the configuration backup of the Software, operating and maintenance manuals, and the list of open-source components used in the Software and gateway firmware.
H:5. Acceptance
P:5.1 Acceptance tests shall verify that: every sensor reports to the Software at the configured interval; the measurement error of each sampled sensor is within +/-0.5 C against a reference thermometer; alarms for high temperature, low battery, signal loss and door-open reach the duty phone and the mobile app within 60 seconds; data are stored without gaps during a 30-day trial run; and the reports required by the Buyer's food-safety system can be generated and exported.
P:5.2 The Supplier shall correct any failure within 10 days, after which the failed tests shall be repeated.
P:5.3 When all tests are passed, the parties shall sign a Final Acceptance certificate. Installation, use of the system during the trial run or any payment shall not be deemed acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including batteries that fail early, and correct Software defects free of charge, and shall provide Software updates.
P:6.2 Replacement sensors shall be delivered to the Buyer's site within 3 days after notice, from a stock of spare sensors and gateways the Supplier shall keep in Qingdao.
P:6.3 The warranty does not cover damage caused by the Buyer's misuse, forklift impact or changes made by third parties without the Supplier's guidance. In case of doubt, the Supplier shall repair first and the parties shall then agree on the cause in good faith.
H:7. Support Levels
P:7.1 Faults are classified as follows: Priority 1 (monitoring of one or more cold chambers lost, or alarms not delivered) - response within 30 minutes and restoration within 8 hours; Priority 2 (single sensors or non-critical functions affected) - response within 2 hours and restoration within 2 working days; Priority 3 (questions and minor issues) - response within 1 working day.
P:7.2 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Buyer may order annual support, including repairs, Software updates and the support levels of Clause 7, at 8% of the Hardware and Licence Subtotal per year (CNY 53,344 per year). This price is fixed for three years after the warranty period. Support is ordered each year by a separate purchase order and does not renew automatically.
H:9. Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites and those of its affiliates in Qingdao.
P:9.2 The chamber layouts, alarm rules, report templates and the interface to the Buyer's warehouse management system developed for the Buyer under this Contract belong to the Buyer, with their source code and documentation. The Buyer may modify and use them and allow third parties to use them.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not retain, copy or disclose it for any other purpose.
P:10.2 The Software shall run on the Buyer's servers. The Supplier shall access them only through the Buyer's remote access gateway with individual accounts and the Buyer's approval for each session. The gateways shall use encrypted connections and shall not send data to any server other than the Buyer's.
P:10.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's network within 6 hours after becoming aware of it, cooperate in its investigation and remedy, and be liable for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer and inventory information and network settings, and shall not disclose it without prior written consent, during this Contract and for five years afterwards.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the agreed dates for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted and remove its Equipment at its own cost.
P:14.2 Neither party is liable for delay caused by force majeure if it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure prevents performance for more than 60 days, either party may terminate this Contract by written notice.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
P:15.2 This Contract is made in English and Chinese, and both versions are equally authentic. Annex A (Technical Specification and Site Layout) and Annex B (Acceptance Test Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H739E04 = """# Managed IT Services Agreement

Agreement No. JH-MSA-2025-009

**Customer:** Hefei Jinghu Pharmaceutical Distribution Co., Ltd., Baohe District, Hefei, Anhui, People's Republic of China ("Customer").

**Provider:** Brahmaputra Managed Services Ltd., Ganginarpar, Mymensingh, Bangladesh, acting through its project office in Hefei ("Provider").

Customer distributes medicines to hospitals and pharmacies from a head office, a central warehouse and 14 branch offices in Anhui. Customer wishes to outsource its service desk, end-user support and infrastructure operations to Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that transition is complete under Section 4.

1.3 "Customer Data" means all data of Customer, its customers, patients and employees that Provider or its staff can access in performing the Services.

1.4 "Incident" means an unplanned interruption or degradation of an IT service in scope, classified by priority under Schedule 2.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date ("Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties; nothing in this Agreement renews automatically.

## Section 3. Charges

3.1 The charges are set out in Schedule 3: a one-time Transition Charge of CNY 96,000 and a Monthly Service Charge of CNY 58,000 for 36 months. The total contract value is CNY 2,184,000, inclusive of VAT.

3.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Customer pays each undisputed invoice within 30 days of receipt. No amount is payable before the Service Commencement Date.

3.3 The Monthly Service Charge covers up to 620 supported users and 95 servers. If the numbers change by more than one tenth for three consecutive months, the parties shall adjust the charge pro rata by written amendment.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within 75 days after signature. Transition includes taking over the asset inventory, documenting every server, network device and application in scope, installing monitoring agents, setting up the service desk telephone line and ticketing tool, and preparing runbooks.

4.2 Transition is accepted when: the asset inventory is reconciled with Customer's records; monitoring covers every server and network device in Schedule 1; runbooks for all critical applications are approved by Customer; the service desk handles Customer's calls for 10 working days in shadow mode, meeting the targets in Schedule 2; and the handover checklist is signed by Customer's IT manager.

4.3 Customer shall confirm acceptance or list the failures within 10 working days after Provider's notice. Use of the Services during shadow mode is not acceptance.

## Section 5. Service Levels

5.1 Provider shall meet the response and resolution targets in Schedule 2 each month.

5.2 Provider shall deliver a monthly service report showing ticket volumes, targets met and missed, open problems and recommendations, and shall attend a monthly service review with Customer.

5.3 Service credits in Schedule 2 apply when targets are missed. Credits are deducted from the next invoice and are capped at one fifth of the Monthly Service Charge for the month concerned.

## Section 6. Staff

6.1 Provider shall assign a named service delivery manager and station at least three engineers at Customer's head office in Hefei during business hours, with on-call cover outside business hours.

6.2 Provider's staff shall follow Customer's site rules, including the rules of the central warehouse for controlled medicines. Customer may require the removal of any Provider staff member for good cause.

6.3 Provider shall not replace the service delivery manager without at least 30 days' notice and a handover approved by Customer.

## Section 6A. Customer Responsibilities and Changes

6A.1 Customer shall give Provider's staff the office space, network connections and system accounts reasonably needed for the Services, name an IT manager as the single point of contact, and inform Provider in advance of planned changes to its systems, branches or user numbers.

6A.2 Either party may request a change to the Services in writing. Provider shall answer within 10 working days with the effect on scope, charges and service levels. No change is binding until both parties sign a change note. Provider shall not refuse a reasonable change that can be performed by its existing staff without extra cost.

6A.3 Provider shall propose, at each quarterly review, improvements that reduce recurring incidents, and shall carry out the improvements agreed by Customer within the Monthly Service Charge where they require no new hardware or licences.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose, and shall return it to Customer at the end of this Agreement.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information it receives from the other party under this Agreement, including Customer's pricing, customer lists and system configurations, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Agreement.

8.2 Provider shall ensure that every member of its staff working on the Services has signed a written undertaking to the same effect.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, monitoring configurations, knowledge articles and reports created by Provider for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider.

9.2 Provider retains its pre-existing tools and methods and grants Customer a free licence to use them to the extent they are embedded in the deliverables in 9.1.

## Section 10. Delay and Liability

10.1 If the Service Commencement Date does not occur within 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 108,000.

10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, wilful misconduct and breach of Section 8, which are not limited.

## Section 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for every approved subcontractor.

## Section 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 targets in any three months of a rolling six-month period.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the then-current monthly rate pro rata, including handover of all documentation, credentials and open tickets to Customer or its new provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei under its rules.

## Schedule 1 - Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese for all users | 07:30-21:00 daily; on-call at other times |
| End-user support | PCs, laptops, printers, handheld scanners, desk-side visits | Head office and central warehouse on site; branches remote, with visits as needed |
| Server operations | Monitoring, patching, backup checks, capacity reports for 95 servers | 24x7 monitoring |
| Network operations | Monitoring and configuration of LAN, Wi-Fi and SD-WAN links to 14 branches | 24x7 monitoring |
| Application support | First-line support for WMS, ERP and GSP compliance system; liaison with vendors | Business hours |
| Asset management | Inventory, lifecycle records, disposal coordination | Monthly update |

## Schedule 2 - Priorities, Targets and Credits

| Priority | Definition | Response | Resolution or workaround | Credit per missed incident |
|---|---|---|---|---|
| P1 | Warehouse shipping stopped, ERP or WMS down, or a branch cut off | 6 hours | 12 hours | CNY 2,000 |
| P2 | A service degraded for many users, or a key user unable to work | 8 hours | 2 business days | CNY 600 |
| P3 | A single user affected, with a workaround | 1 business day | 5 business days | none |
| Service request | New user, access change, equipment move | 1 business day | 3 business days | none |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Service Commencement | 96,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| **Total contract value** | | **2,184,000** |

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

H739E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GAD-SUB-2025-021

BETWEEN

Guangxi Guilv Agricultural Technology Co., Ltd., Xixiangtang District, Nanning, Guangxi, People's Republic of China ("Customer"); and

Gorai Agro Data Ltd., N.S. Road, Kushtia, Bangladesh ("Provider").

BACKGROUND

Provider operates a platform that combines satellite imagery, weather station networks and crop models to deliver field-level crop condition, rainfall and yield-forecast data through an application programming interface ("API"). Customer advises sugarcane, cassava and fruit growers in Guangxi and wishes to receive this data in its own agronomy platform. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the crop condition indices, rainfall and temperature series, soil moisture estimates and yield forecasts listed in Annex 1, delivered through the API.

1.2 "Customer Inputs" means the field boundaries, crop types, planting dates, grower identifiers and any other data that Customer uploads or sends to the API, and all query logs relating to Customer.

1.3 "Subscription Year" means each successive period of one year starting on the Go-Live Date.

1.4 "Go-Live Date" means the date of Integration Acceptance under clause 4.

1.5 "Custom Adapters" means the data mappings, connectors and report templates built by Provider for Customer's agronomy platform.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive right to call the API, to store the Data Products in its own systems and to use them, and reports derived from them, in its advisory services to growers in the People's Republic of China.

2.2 The subscription covers up to 180,000 registered fields and 4 million API calls per month. Calls above this volume are charged under Annex 2 and are not part of the fees below.

2.3 The Subscription Term is two Subscription Years, subject to clause 11.

3. FEES AND PAYMENT

3.1 The fees are: subscription fee for Subscription Year 1, CNY 286,000; subscription fee for Subscription Year 2, CNY 302,000; one-time integration fee, CNY 38,000. The total contract value is CNY 626,000, inclusive of VAT.

3.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid invoice.

3.3 No fee is payable before the Go-Live Date.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature Provider shall deliver the initial historical data set for Customer's registered fields (five growing seasons), build the Custom Adapters and connect the API to Customer's agronomy platform.

4.2 Integration Acceptance criteria are: historical data are complete for at least 98% of registered fields and the remainder is explained; daily updates arrive by 07:00 China Standard Time for 15 consecutive days; API response time is below 800 milliseconds for 95% of calls under a load of 50 calls per second; rainfall series for 20 sample stations chosen by Customer agree with the Guangxi meteorological records within the tolerance in Annex 1; and the Custom Adapters pass Customer's test script.

4.3 Customer shall confirm Integration Acceptance in writing or list the failures within 10 working days after Provider's notice. Provider shall correct failures and resubmit. Test use of the API is not acceptance.

4.4 If Provider does not achieve Integration Acceptance within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,000.

5. SERVICE LEVELS

5.1 Provider shall keep the API available at least 99.95% of each calendar month, measured by Provider's monitoring and verifiable by Customer's logs, excluding maintenance announced at least 3 days in advance and performed on Sundays between 01:00 and 05:00 China Standard Time.

5.2 Incidents are handled as follows: Priority 1 (API unavailable, or the daily update missing for all fields) - response within 1 hour and restoration within 6 hours; Priority 2 (data delayed or incomplete for some fields or products) - response within 3 hours and correction within 1 business day; Priority 3 (other issues) - response within 2 business days.

5.3 If availability falls below the commitment in a month, Customer receives a credit of 5% of that month's share of the subscription fee for each 0.1 percentage point of shortfall, up to half of that share. Each late Priority 1 response or restoration gives a further credit of CNY 1,500. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 Provider shall send Customer a monthly report on availability, incidents, update timeliness and credits due, and shall hold a quarterly review with Customer's agronomy team on data quality, including any systematic differences between forecasts and reported harvests.

5.5 Provider shall give Customer at least 60 days' notice before withdrawing or materially changing any Data Product, and shall offer an equivalent product at no extra charge for the rest of the Subscription Term. Provider shall keep earlier API versions running for at least 90 days after a new version is released.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to Customer. Provider shall use them only to provide the Data Products to Customer and shall not use them for any other purpose, including training models for other customers, and shall not sell or disclose them.

6.2 Provider shall host the API and Customer Inputs for this subscription in a data centre in the People's Republic of China, encrypt Customer Inputs in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for 180 days, and comply with the PRC Data Security Law and Personal Information Protection Law for grower information.

6.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Inputs, contain the incident, and be liable for losses caused by its breach of this clause 6.

6.4 At the end of the Subscription Term Provider shall return Customer Inputs on request and delete them within 30 days, confirming deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in its platform, models and the Data Products, subject to the rights granted in clause 2.1, which survive for the Data Products delivered during the Subscription Term.

7.2 The Custom Adapters and all reports produced by Customer belong to Customer. Provider shall deliver the source code of the Custom Adapters at Integration Acceptance, and Customer may modify them and let third parties use them.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it without prior written consent, for the Subscription Term and five years afterwards.

9. SUBCONTRACTORS

9.1 Provider may engage subcontractors, including cloud hosting, imagery processing and support partners, to perform any part of this Agreement by giving Customer written notice at least 15 days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit, except for breach of clauses 6 and 8.

10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct, personal injury and breach of clauses 6 and 8.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues for the Subscription Term.

11.2 At the end of the Subscription Term, the subscription renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the then-current Subscription Year. For each renewal Subscription Year Provider may increase the subscription fee by giving Customer written notice at least 75 days before the renewal, and the increased fee applies from the start of that renewal year.

11.3 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if availability falls below the commitment in any three months of a Subscription Year. Provider shall then refund the subscription fee for the remainder of the Subscription Year.

11.4 Either party may terminate if the other becomes insolvent.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Neither party is liable for delay caused by events beyond its reasonable control, such as satellite failure or natural disaster, if it notifies the other party promptly and takes reasonable steps to restore performance; credits under clause 5.3 remain due for Provider's own platform failures.

13.3 Notices shall be in writing in English or Chinese and sent to the addresses above.

13.4 Annex 1 (Data Products and Tolerances) and Annex 2 (Overage Charges) form part of this Agreement.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h739z01": ("h739z01_relief_station_assistance_platform.pdf", H739Z01),
    "h739z02": ("h739z02_wok_foundry_casting_forging_control_retrofit.docx", H739Z02),
    "h739z03": ("h739z03_recording_studio_chain_booking_saas.txt", H739Z03),
    "h739z04": ("h739z04_tea_station_tea_garden_system_om.txt", H739Z04),
    "h739z05": ("h739z05_rolling_pin_mill_tracking_supplier_template.md", H739Z05),
    "h739e01": ("h739e01_aps_perpetual_licence_dinajpur_vendor.pdf", H739E01),
    "h739e02": ("h739e02_field_service_saas_order_form_pabna_vendor.md", H739E02),
    "h739e03": ("h739e03_cold_store_sensors_monitoring_tangail_vendor.docx", H739E03),
    "h739e04": ("h739e04_managed_it_services_36_months_mymensingh.md", H739E04),
    "h739e05": ("h739e05_crop_data_api_subscription_kushtia_vendor.txt", H739E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, value,
#      fee base for TCO (goods only), forum outside mainland, design rule list
D = {
    "h739z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False,
                                   True, False, "PRC", G], True, True, True, False, 1710000, 860000, False, []),
    "h739z02": ("zh", "hardware", [99.5, 0.5, True, "buyer", True, True, True, 0.08, 50, 20, True, True, 24, 8, False,
                                   True, True, "PRC", G], True, True, True, False, 1714000, 1484000, False,
                ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h739z03": ("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True,
                                True, False, "PRC", S], True, True, None, False, 814000, None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h739z04": ("zh", "services", [None, 1, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                                   False, False, None, S], True, True, None, False, 436000, None, False,
                ["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h739z05": ("zh", "software", [None, None, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 32,
                                   False, True, None, "PRC", G], False, True, True, True, 860000, 520000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h739e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 10, False,
                                   True, False, "Bangladesh", G], True, True, True, False, 1336000, 980000, True,
                ["CR-GOVERNING-LAW"]),
    "h739e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, False, None, 6 / 24 * 100, None, True, None, None,
                                None, False, True, False, "PRC", S], True, False, None, False, 550000, None, False,
                ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "h739e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False,
                                   True, False, "PRC", G], True, True, True, False, 767000, 666800, False, []),
    "h739e04": ("en", "services", [None, 6, True, "buyer", False, True, True, 1800 / 2184000 * 100, 150, None, True, None,
                                   None, None, False, True, False, "PRC", S], True, True, None, False, 2184000, None, False,
                ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "h739e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 500 / 626000 * 100, 150, None, True, None, None,
                                None, True, True, True, "PRC", S], True, True, None, False, 626000, None, False,
                ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(t, fee_base, value):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (partial pro rata)."""
    if t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return post / (value + post) * 100


def derive(lab, fee_base, forum_outside):
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, fee_base, x["contract_value"])
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, _ = FILES[key]
    lang, cat, terms, sla, lds, capped, deemed, value, _fb, _fo, _rules = D[key]
    t = dict(zip(TERM_KEYS, terms))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(_rules)}


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESH_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)",
    r"(?<![\d.,])(100|30|15|40)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"百分之(百|一百|三十|十五|四十)(?![一二三四五六七八九十点])",
    r"万分之五(?![十])|千分之零点五",
    r"(?<![\d.])4\s*(个)?\s*(小时|hours?\b|hrs?\b|h\b)",
    r"(?<![一二三四五六七八九十])四\s*(个)?\s*小时|\bfour\s*hours?\b",
    r"(?<![\d.])12\s*(个)?\s*(月|months?\b)",
    r"十二\s*个\s*月|\btwelve\s*months?\b",
]]
MUST_HIT = ["99.9%", "可用率99.9", "0.05%", "30%", "30 %", "15%", "40 %", "100%", "百分之三十", "百分之十五", "万分之五",
            "4小时", "4 hours", "四小时", "four hours", "12个月", "12 months", "十二个月", "twelve months", "4h"]
MUST_MISS = ["99.95%", "99.5%", "0.055", "10.05", "130%", "2.15%", "340%", "百分之三十五", "万分之五十", "24小时",
             "24 hours", "14 hours", "2.4 hours", "112 months", "12 hours", "二十四小时", "4 working days", "30 days",
             "15 days", "CNY 40,000"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESH_RES for m in rx.finditer(text)]


def main():
    from word_pdf import write
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))
    office = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[1] for k, v in office.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in office.items()}, OUT,
          wrap_words=True)
    for k, (name, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, src) in FILES.items():
        lab = label(k)
        lang, fb, fo, design = D[k][0], D[k][8], D[k][9], sorted(D[k][10])
        got = derive(lab, fb, fo)
        assert got == design, (k, got, design)
        covered |= set(got)
        t, x = lab["expected_terms"], lab["expected_extra"]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        sh = tco_share(t, fb, x["contract_value"]) if t["contract_kind"] == G else None
        if sh is not None:
            assert abs(sh - TCO_TH) > 2, (k, sh)
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (k, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print(f"{name}: {'chars' if lang == 'zh' else 'words'} {n}; rules {got or '(none)'}; risk {risk(got)}"
              + (f"; TCO share {sh:.1f} %" if sh is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in D if not D[k][10]) == 2
    print("all 20 rules covered")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
