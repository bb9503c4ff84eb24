"""holdout667: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江城交响乐团演出排期与资源调度平台采购合同
P:合同编号：JCSO-ZC-2026-018　采购项目编号：JCCG2026-0412（政府采购·公开招标）
P:甲方（采购人）：江城交响乐团　地址：江城市滨江路88号音乐厅
P:乙方（供应商）：杭州乐序信息技术有限公司　地址：杭州市西湖区文三路205号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就甲方演出排期与资源调度平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供“乐序演出排期平台”V3.0软件永久使用许可（含演出季规划、排练计划、场馆档期、乐谱资料库、巡演行程五个模块，不限用户数），并完成定制开发、部署实施和培训。
P:1.2 合同总价为人民币玖拾捌万捌仟元整（¥988,000），其中：软件许可费¥520,000；定制开发费¥386,000（乐手排班与轮休规则引擎、排练厅及乐器库房调度、与票务系统和财务系统的接口、演出季数据驾驶舱）；部署实施费¥64,000；培训费¥18,000。
P:1.3 合同总价为固定价格，包含软件、开发、实施、培训、税费及乙方为履行本合同所需的全部费用，甲方不再另行支付任何费用。
H:第二条 交付与进度
P:2.1 乙方应于合同签订后十日内进场调研，六十日内完成需求规格说明书并经甲方书面确认，一百二十日内完成部署、定制开发和历史演出季数据的初始化，具备初验条件。
P:2.2 乙方应按甲方确认的需求规格说明书开发，需求变更须经双方书面确认；变更影响价格或工期的，应另行签订补充协议。
P:2.3 乙方应指定具有同类项目经验的项目经理，并保持项目团队稳定，未经甲方同意不得更换项目经理和核心开发人员。项目实施期间，乙方每周向甲方提交项目周报，说明进度、问题和下周计划；重大问题应在发现当日报告甲方。
P:2.4 乙方应交付安装介质、需求规格说明书、设计文档、接口说明、测试报告、用户手册和运维手册，交付文档应为中文。
P:2.5 乙方应为甲方演出部、艺术档案室和信息中心分别提供不少于两次的现场培训，内容包括排期编排、排练厅调度、乐谱借阅登记和系统管理，并提供培训教材和操作视频。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥197,600。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即¥444,600。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥345,800。
P:3.4 乙方每次请款前应向甲方开具合法有效的增值税发票，甲方通过国库集中支付方式付款。
H:第四条 验收
P:4.1 初验：部署和定制开发完成后，甲方按需求规格说明书逐项测试，全部功能点通过测试；接口与票务系统、财务系统的数据逐笔核对一致；200个并发用户下常用页面响应时间不超过2秒。
P:4.2 最终验收：初验合格后试运行六十日，试运行期间无一级故障，且连续完成一个完整演出月的排期编排和排练厅调度的，由甲方组织最终验收并出具书面验收报告。
P:4.3 平台上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收，因此产生的费用由乙方承担。
P:4.4 最终验收时，乙方应提交全部交付文档和源代码，并配合甲方完成第三方安全测评。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期满后，甲方如继续购买维护服务，年度维护费不超过软件许可费的9%，即每年¥46,800，该价格在质保期满后三年内不上调。
H:第六条 服务水平
P:6.1 平台在质保期内的月度可用率不低于99.95%，计划内维护不计入不可用时间，但须提前三日通知甲方并避开演出日。
P:6.2 一级故障（平台整体不可用或排期数据无法保存）乙方应在30分钟内响应，2小时内远程或到场处置，8小时内恢复；二级故障2小时内响应，次一工作日内解决；三级问题在下一版本中修复。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金¥500；月度可用率每低于承诺值0.01个百分点，乙方支付¥1,000。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证甲方使用平台不侵犯第三方权利。
P:7.2 为甲方定制开发的程序、接口、数据模型、文档及其源代码，知识产权归甲方所有，乙方应在最终验收时一并交付源代码；甲方可自行或委托第三方使用、修改和再开发。
H:第八条 数据安全
P:8.1 平台中的演出计划、乐手及合作艺术家个人信息、票务及财务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储、操作留痕等措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对履行本合同获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内有效。
H:第十条 违约责任
P:10.1 乙方未按第二条约定期限具备初验条件或通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应免费整改；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下工作转包或分包给第三方，也不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日仍未具备初验条件，或交付成果经两次整改仍不合格，或有其他严重违约行为的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应在十日内返还甲方的全部数据和资料，并书面确认已删除留存副本。
P:12.3 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。本合同一式六份，甲乙双方各执二份，政府采购监管部门及采购代理机构各执一份，自双方签字盖章之日起生效。
P:14.2 双方联系人及联系方式见附件一，一方变更联系人的，应提前五日书面通知对方；通知以书面形式送达首页所列地址即视为送达。
P:14.3 本合同未尽事宜，双方可另行签订补充协议，补充协议不得违背招标文件和投标文件的实质性内容。
P:甲方（盖章）：江城交响乐团　　乙方（盖章）：杭州乐序信息技术有限公司
P:代表签字：　　　　　　　　　　代表签字：
P:日期：2026年　月　日"""

Z02 = """T:铅笔板条及铅芯组装线控制系统改造合同
P:合同编号：HBQB-JG-2026-07
P:甲方：华北青松铅笔制造有限公司
P:乙方：常州智衡自动化工程有限公司
P:甲方拟对一车间两条铅笔板条开槽、铅芯嵌装、合板及切削组装线的电气控制系统进行改造，乙方负责设备供货、软件许可、安装调试、定制开发及维保。双方经协商，订立本合同。
H:第一条 供货范围与价格
P:1.1 乙方按下表提供设备、软件及服务，合同总价为人民币壹佰柒拾壹万元整（¥1,710,000），含税、运输、保险、安装调试及培训费用。
TB:序号|名称|规格|数量|金额（元）
TB:1|PLC控制柜（含主站及远程I/O）|双CPU冗余|6套|468,000
TB:2|伺服驱动器及电机|开槽、送芯、合板工位|28套|392,000
TB:3|视觉检测单元|板条槽深及铅芯断芯检测|8套|256,000
TB:4|HMI触摸屏及操作台|15英寸|10套|86,000
TB:5|工业以太网交换机|环网，千兆|6台|54,000
TB:6|产线控制软件许可|永久许可|2套|108,000
TB:7|生产数据采集软件许可|永久许可，含50点位扩展|1套|60,000
TB:|软硬件小计||| 1,424,000
TB:8|安装调试|两条线，停产窗口内完成|1项|168,000
TB:9|定制开发|配方管理、工单及MES接口|1项|96,000
TB:10|培训|操作及维护人员|1项|22,000
TB:|合同总价|||1,710,000
P:1.2 乙方保证所供设备为原厂全新产品，软件为正版授权。
P:1.3 技术要求：控制系统应兼容甲方现有开槽机、合板机和切削机的机械本体，保留原有急停回路并增设安全光栅；视觉检测单元应能识别板条槽深偏差、铅芯断芯、偏芯和缺芯，检测结果与剔除机构联动；产线控制软件应支持不少于200个配方的存储和一键切换；生产数据采集软件应按秒级采集各工位状态、产量和故障代码，并通过标准接口上传至甲方MES系统。
P:1.4 合同总价为包干价，除双方书面确认的需求变更外，合同履行期间不因原材料、人工或汇率变化而调整。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后四十五日内将设备运抵甲方厂区，并在甲方安排的两次停产窗口内（每次不超过十日）完成两条线的改造和调试。
P:2.2 改造期间乙方应制定停机切换方案，经甲方确认后实施，因乙方原因延长停产的，按第九条承担责任。
P:2.3 乙方应在改造前备份原有控制程序和电气图纸，改造完成后提交竣工图纸、PLC程序清单、I/O点表、软件安装介质和操作维护手册。
P:2.4 甲方负责提供改造所需的电源接口、压缩空气、网络接口及停产窗口，并指派工艺和设备人员配合调试。
P:2.5 乙方应指派具有同类产线改造经验的项目经理和电气工程师常驻现场，项目经理未经甲方同意不得更换。乙方每周向甲方提交进度报告，说明已完成工作、存在问题和下周安排。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%，即¥171,000。
P:3.2 设备到货并完成安装调试、两条线恢复生产后，甲方支付合同总价的55%，即¥940,500。到货签收和安装调试完成均不视为验收。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的35%，即¥598,500。
H:第四条 验收
P:4.1 最终验收标准：两条线连续稳定运行三十日；单线产能不低于每分钟120支；视觉检测断芯漏检率低于0.2%；配方切换时间不超过10分钟；工单数据与MES系统逐单核对一致。
P:4.2 甲方在乙方提交验收申请后十个工作日内组织验收，验收合格的签署验收报告；不合格的，乙方应在十五日内整改后再次验收。
P:4.3 验收时乙方应提交调试记录、检测数据和试运行报告。最终验收合格不免除乙方在质保期内的责任。
H:第五条 质保与维保
P:5.1 质保期二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障，乙方免费维修、更换和升级。
P:5.2 质保期满后，甲方可委托乙方提供维保服务，年度维保费按软硬件小计的8%计取，即每年¥113,920，质保期满后三年内不作调整。
P:5.3 乙方应随设备免费提供易损件一套（含接近开关、继电器、熔断器等），并保证在设备停产后七年内继续供应备品备件。
H:第六条 服务响应
P:6.1 一级故障（任一条线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单一工位异常）2小时内响应，次日内处理完毕。
P:6.2 乙方每超时一小时，向甲方支付¥600违约金，从质保金或维保费中扣除。
P:6.3 质保期内乙方每季度上门巡检一次，并提交巡检报告。
P:6.4 乙方应建立设备运行档案，记录每次故障的现象、原因、处理过程和更换部件，并在巡检报告中汇总分析，提出预防性维护建议。
H:第七条 知识产权
P:7.1 为甲方定制开发的配方管理程序、工单接口程序及PLC工艺程序（含源程序和注释），知识产权归甲方所有，甲方可自行修改或委托他人维护。乙方标准软件的知识产权仍归乙方。
H:第八条 数据与保密
P:8.1 生产工艺参数、配方、产量及质量数据属于甲方，乙方仅为履行本合同使用，不得带离厂区或用于其他客户。
P:8.2 乙方远程访问须经甲方审批，通过甲方指定的VPN和堡垒机进行并全程记录；乙方应采取防病毒、口令管理和访问控制措施。因乙方原因导致数据泄露、被篡改或生产系统遭受网络攻击的，乙方应在2小时内报告并承担赔偿责任。
P:8.4 乙方交付的软件和程序不得含有病毒、后门、时间锁或其他可能影响生产的隐藏功能，乙方应在交付前进行安全检测并提供检测报告。
P:8.3 双方对履约中知悉的对方技术秘密和经营信息负有保密义务，合同终止后三年内仍然有效。
H:第九条 违约责任
P:9.1 乙方未按第二条约定完成交付或改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 设备或软件不符合约定的，乙方应负责更换或整改，并赔偿由此造成的停产损失。
P:9.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:9.4 因乙方原因导致改造后产能或质量指标不达标的，甲方有权要求乙方免费整改直至达标；整改后仍不达标的，甲方可按第十一条解除合同。
H:第十条 分包
P:10.1 乙方可将现场电气配线、桥架安装等辅助施工交由其他施工单位完成，但应提前五日书面通知甲方，并对其施工质量和安全负责。
H:第十一条 解除
P:11.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十二条 安全生产
P:12.1 乙方人员进入厂区应遵守甲方安全生产和动火、登高作业管理规定，因乙方原因造成的人身或财产损害由乙方承担。
P:12.2 乙方应为进场人员办理意外伤害保险，特种作业人员应持证上岗；施工结束后应清理现场，恢复原有设施。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交石家庄仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:14.2 因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十日内提供证明，双方根据影响程度协商延期履行或解除合同。
P:14.3 乙方应对甲方操作人员和电气维护人员各进行不少于两批次的培训，培训合格后方可独立上岗。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期："""

Z03 = """彩墨空间连锁画室课程预约SaaS服务及实施合同

合同编号：CMKJ-IT-2026-015
甲方（客户）：上海彩墨空间文化艺术有限公司
乙方（服务商）：南京约课云网络科技有限公司

鉴于甲方在华东地区经营35家连锁画室门店，拟使用乙方“约课云”课程预约SaaS平台，统一管理课程排期、学员预约、教师排班、课时消耗和会员续费，双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方35家门店开通“约课云”平台旗舰版订阅服务，含课程排期、学员预约与签到、教师排班、课时包与会员管理、微信小程序预约端、经营报表等功能，账号数量不限。
1.2 乙方负责一次性实施服务：门店及课程体系配置、旧系统学员档案和剩余课时的数据迁移、小程序上线、与甲方财务系统的收款对账接口、店长及前台培训。
1.3 服务期为两个服务年度，第一个服务年度自实施验收合格之日起算，每个服务年度为期一年。
1.4 乙方应为甲方指定一名客户成功经理，负责需求对接、上线推进、日常答疑和季度业务回顾，并在每季度末提交平台使用分析报告。
1.5 平台应支持门店电脑、平板和手机浏览器访问，支持学员通过小程序查询剩余课时、预约和取消课程、查看作品点评，支持教师查看课表和学员作品档案。

2. 费用
2.1 订阅服务费按门店计收，每家门店每个服务年度¥6,800，35家门店每个服务年度合计¥238,000，两个服务年度合计¥476,000。
2.2 实施费（一次性）¥58,000，数据迁移费（一次性）¥16,000。
2.3 本合同总价为人民币伍拾伍万元整（¥550,000）。服务期内新增门店按每店每年¥6,800按月折算另行计费，不计入本合同总价。
2.4 上述价格已含税费，乙方不得以任何理由另行收取平台使用费、短信费或存储费。

3. 付款
3.1 实施费和数据迁移费，在实施验收合格后十五个工作日内一次性支付。
3.2 每个服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付。
3.3 乙方应在每次付款前开具增值税专用发票。
3.4 甲方对费用金额有异议的，应在收到发票后五日内提出，无异议部分甲方应按期支付。

4. 实施与验收
4.1 乙方应于合同签订后五日内开始实施，四十五日内完成全部35家门店的上线。
4.2 乙方应在实施开始前提交实施计划，列明各片区门店的上线顺序、培训安排、数据迁移批次和切换方案，经甲方确认后执行。
4.3 实施验收标准：35家门店全部上线并正常预约；迁移学员档案、剩余课时和储值余额与旧系统逐条核对无差异；收款对账接口连续十日对账一致；在1,000名学员同时预约的压力测试下页面响应不超过3秒。
4.4 甲方在乙方提交验收申请后七个工作日内组织验收并出具书面意见。门店开始使用平台不视为验收合格。
4.5 乙方未能在4.1约定期限内完成上线的，每逾期一日向甲方支付违约金¥400。
4.6 实施期间乙方应派驻不少于三名实施顾问，分片区完成门店配置和培训；每家门店上线当日，乙方应安排人员远程值守，确保首日预约和签到正常。

5. 服务水平
5.1 平台月度可用率不低于99.5%，计划内维护须安排在每日凌晨一点至五点之间，并提前两日通知甲方。
5.2 一级故障（平台无法登录或无法预约）乙方应在30分钟内响应，3小时内恢复；二级故障（单一功能异常）2小时内响应，一个工作日内解决。
5.3 月度可用率低于承诺值的，每低于0.1个百分点，乙方按当月订阅服务费的5%给予服务抵扣，最高不超过当月订阅服务费。
5.4 乙方提供7×24小时客服热线，工作日提供在线客服。
5.5 乙方应每月向甲方提供服务水平报告，列明当月可用率、故障次数、响应及恢复时间和服务抵扣金额。
5.6 乙方应在平台出现一级故障后两个工作日内提交故障分析报告，说明原因、影响范围和预防措施。

6. 数据
6.1 甲方的学员信息、课程及预约记录、交易数据等业务数据归甲方所有，甲方可随时导出全部数据。
6.2 乙方有权在服务期内及服务期满后，将甲方业务数据进行脱敏和汇总处理后，用于乙方产品改进、算法训练及发布行业研究报告，无需另行取得甲方同意。
6.3 平台部署于境内公有云，乙方应通过网络安全等级保护三级备案，落实数据加密、访问控制、日志审计和每日备份；发生数据泄露或丢失的，乙方应在2小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
6.4 学员中包含未成年人，乙方处理其个人信息应遵守《个人信息保护法》有关规定，并配合甲方履行告知和取得监护人同意的义务。
6.5 乙方应每日备份甲方数据，备份保存不少于三十日，并每半年进行一次恢复演练，演练结果书面报告甲方。

7. 保密
7.1 双方对在合作中获知的对方商业秘密、经营数据和未公开信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。
7.2 双方应要求各自参与本项目的员工遵守本条约定。

8. 知识产权
8.1 平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制的课程体系配置、报表模板、对账接口程序及相关文档归甲方所有，甲方可自由使用、修改或交由第三方使用。
8.3 平台版本升级时，乙方应保证甲方定制内容和历史数据的兼容，并提前七日通知甲方升级内容和时间。

9. 续期
9.1 服务期满前一个月，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
9.2 每次续期时，乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一服务年度的8%，乙方书面通知甲方后即生效。

10. 违约责任
10.1 乙方的累计赔偿责任以本合同总价的二倍为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。
10.2 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
10.3 乙方未按约定完成数据迁移，导致学员课时或储值余额错误的，应负责核对更正，并赔偿甲方因此向学员支付的补偿。

11. 分包
11.1 未经甲方书面同意，乙方不得将实施服务分包或转包给第三方。

12. 解除
12.1 乙方严重违约，或月度可用率连续两个月低于99%，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
12.2 合同终止后，乙方应在十五日内协助甲方导出全部数据，并在甲方确认后删除平台中的甲方数据。
12.3 因不可抗力导致平台中断的，乙方应及时通知甲方并尽快恢复服务；中断超过十日的，甲方可解除合同并要求退还相应期间的服务费。

13. 法律适用与争议
13.1 本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
14.2 甲方应按时付款，提供实施所需的门店信息、课程体系和旧系统数据，并指定项目负责人配合实施。
14.3 双方应遵守反商业贿赂规定，任何一方不得向对方人员提供回扣、礼金或其他不正当利益。
14.4 本合同附件包括服务功能清单、实施计划、服务水平说明和数据迁移方案，附件与本合同具有同等效力。

甲方（盖章）：上海彩墨空间文化艺术有限公司
乙方（盖章）：南京约课云网络科技有限公司
签订日期：2026年　月　日"""

Z04 = """东州日报社采编发布系统年度运维服务合同

项目名称：采编发布系统2026—2027年度运维服务（竞争性磋商）
合同编号：DZRB-YW-2026-03
甲方：东州日报社
乙方：济南恒讯数智科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其采编发布系统提供年度运维服务。为明确双方权利义务，订立本合同。

一、服务范围
（一）运维对象：甲方融媒体采编发布系统，包括稿件采集、编辑审校、版面制作、全媒体发布、新闻客户端后台、图片视频资料库及相关服务器、数据库、存储和网络设备。
（二）服务内容：
1. 驻场服务：乙方派驻两名工程师，工作日8:30至18:00驻场，重大报道、重要会议及节假日值班按甲方安排加派人员；
2. 远程服务：7×24小时电话和远程支持；
3. 巡检服务：每日巡检系统运行状态，每月出具运维月报，每季度开展一次全面健康检查；
4. 应急保障：制定应急预案，每半年组织一次应急演练；
5. 优化服务：数据库性能优化、日志清理、补丁评估与安装、漏洞修复配合。
6. 安全加固：配合甲方开展等级保护测评和安全检查，按甲方要求完成系统安全加固和漏洞整改；
7. 文档管理：建立并维护资产台账、配置文档、运维日志和变更记录。
（三）服务期限：自2026年7月1日起至2027年6月30日止，共一年。期满后是否续签由甲方根据考核结果另行决定，本合同不自动续期。
（四）服务交接：服务期开始前十日内，乙方应与甲方原运维服务商完成交接，梳理系统架构、账号权限、已知问题和待办事项，形成交接清单并经甲方确认。
（五）服务工具：乙方应使用甲方认可的运维管理工具记录工单，每一工单应记录报告时间、响应时间、处理人员、处理过程和关闭时间，甲方可随时查阅。

二、合同金额与支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括驻场人员费用、远程支持、巡检、备件以外的全部服务费用及税费。
（二）运维费按季度支付，每季度¥121,500。甲方在每季度服务考核合格后十五个工作日内支付上一季度的运维费。本合同不设预付款。
（三）硬件备件费用不包含在合同总价内。需要更换备件的，乙方应提供报价，经甲方书面确认后采购。

三、服务水平
（一）采编发布系统核心业务（稿件编辑、签发和发布）月度可用率不低于99.95%。
（二）故障分级与响应：
1. 一级故障（稿件无法签发、版面无法出版或客户端无法发布）：乙方应在15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（部分功能或部分终端异常）：30分钟内响应，当日解决；
3. 三级问题（咨询及一般缺陷）：2小时内响应，三个工作日内解决。
（三）乙方未达到上述服务水平的，甲方有权要求乙方限期整改、提交故障分析报告，并在季度考核中予以记录。双方确认，服务水平未达标不扣减运维费，乙方亦不因此支付违约金或服务抵扣。
（四）重大报道、重要活动及节假日期间，乙方应提前制定保障方案，安排专人值守，并在活动结束后提交保障总结。
（五）乙方每月应向甲方提交服务水平统计，列明可用率、各级故障数量、响应和恢复时间。
（六）一级故障处理完毕后，乙方应在两个工作日内提交故障分析报告，说明故障原因、影响范围、处理过程和防止再次发生的措施。

四、服务考核与验收
（一）甲方每季度按照考核细则对乙方进行考核，考核内容包括可用率、故障响应及恢复时间、巡检记录完整性、月报质量和驻场人员出勤。
（二）季度考核得分不低于85分为合格。考核细则由甲方在服务期开始前提供，乙方对考核结果有异议的，可在收到结果后五个工作日内提出复核。合同期满，甲方根据四个季度的考核结果和运维文档移交情况组织年度验收，出具验收意见。
（三）考核不合格的季度，乙方应在十日内提交整改方案。
（四）年度验收时，乙方应提交全年运维总结报告、资产台账、配置基线、运维日志、故障处理报告和应急演练记录。

五、人员要求
（一）驻场工程师应具备三年以上同类系统运维经验，并持有数据库或操作系统相关认证。
（二）乙方更换驻场人员应提前十日通知甲方并经甲方同意，且应做好工作交接。
（三）乙方人员应遵守甲方的新闻宣传纪律、安全管理及考勤制度。
（四）乙方应设立项目经理负责本项目服务管理，项目经理每月至少到场参加一次运维例会，通报服务情况和改进措施。
（五）驻场人员因休假、培训等原因离岗的，乙方应安排具备同等能力的人员替岗，保证驻场人数不减少。

六、数据安全
（一）采编系统中的稿件、线索、通讯员信息、用户数据和日志均属于甲方所有，乙方仅可为履行运维服务使用，不得复制、留存或用于其他任何目的。
（二）乙方应遵守《数据安全法》和网络安全等级保护要求，运维操作一律通过甲方堡垒机进行，禁止使用移动存储介质，高危操作须经甲方审批并双人复核。
（三）发生数据泄露、篡改、丢失或未经授权发布的，乙方应在30分钟内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及甲方因此受到的处罚。
（四）乙方人员离场时，应交还全部账号和资料，甲方应及时注销其账号权限。

七、保密
（一）乙方对运维中接触的未刊发稿件、新闻线索、采访对象信息及甲方内部管理信息负有保密义务，不得以任何形式向第三方披露。
（二）乙方应与驻场人员签订保密承诺书，保密义务不因合同终止而解除。
（三）乙方不得在任何媒体或社交平台发布、转载或评论甲方未刊发的内容。
（四）甲方因工作需要向乙方提供的系统资料、账号和网络拓扑，乙方应妥善保管，服务期满或合同解除时全部返还，不得留存。

八、知识产权
乙方在服务期内为甲方编写的运维脚本、应急预案、巡检模板和技术文档，知识产权归甲方所有，甲方可自由使用和修改。乙方使用自有运维工具的，应保证其来源合法，不含恶意代码，并在服务期满后从甲方系统中卸载。

九、违约责任
（一）乙方驻场人员未按约定日期到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失。
（三）除本条（二）及第六条约定的情形外，乙方在本合同项下的累计赔偿责任以合同总价的20%为限。

十、分包
乙方不得将本合同项下的运维服务转包或分包。

十一、合同解除
乙方连续两个季度考核不合格，或发生因乙方原因导致的重大出版事故、数据泄露事件的，甲方有权书面通知解除合同，并按实际服务期间结算费用。合同解除或期满的，乙方应在十五日内完成全部运维文档、账号权限和备件的移交，并配合甲方或新的服务商完成交接。

十二、争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。因不可抗力导致无法履行的，受影响方应及时通知对方并提供证明，双方协商处理。乙方不得向甲方工作人员提供任何形式的不正当利益。

甲方（盖章）：东州日报社
乙方（盖章）：济南恒讯数智科技有限公司
日期：2026年6月　日"""

Z05 = """# 软件许可及技术开发合同

**（墨溯科技标准合同文本 MS-2025版）**

合同编号：MS-XS-2026-0093

甲方（用户）：徽州古松墨业有限公司

乙方（供方）：合肥墨溯科技有限公司

甲方因生产管理需要，向乙方购买“墨溯批次追溯平台”软件许可，并委托乙方就墨汁研磨、调配、灌装工序进行定制开发。平台用于记录炭黑、胶料、香料等原料批次，研磨、调配、过滤、灌装各工序的投料与工艺参数，以及成品瓶装、箱装的追溯码关联关系。双方根据《中华人民共和国民法典》，订立本合同，共同遵守。

## 第一条 合同内容及价格

1.1 乙方向甲方提供以下软件及服务：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 墨溯批次追溯平台软件许可（标准版） | 永久许可，含原料入库、批次管理、质检、追溯查询模块 | 860,000 |
| 2 | 定制开发 | 研磨机及三辊机工序数据采集、灌装线称重与封口对接、追溯码赋码打印、经销商扫码查询 | 360,000 |
| 3 | 实施服务 | 安装部署、基础数据初始化、操作培训 | 86,000 |
| | 合计 | | 1,306,000 |

1.2 合同总价为人民币壹佰叁拾万零陆仟元整（¥1,306,000）。

1.3 本合同价格不含服务器、数据库、操作系统、网络设备、赋码打印机及扫码枪等硬件和第三方软件，上述设备由甲方自行采购并确保满足乙方提出的配置要求。

1.4 软件许可范围为甲方一个生产厂区，安装服务器不超过两台（含备机）。甲方不得将软件用于其下属公司或关联企业，如需扩展使用范围，应另行购买许可。

## 第二条 付款方式

2.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即¥848,900。

2.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥457,100。

2.3 甲方未按期付款的，乙方有权暂停实施和技术服务，甲方每逾期一日按应付未付金额的千分之一向乙方支付违约金。

2.4 乙方开具增值税专用发票，甲方应在收到发票后按本条约定期限付款。

## 第三条 实施

3.1 乙方在收到首期款后安排实施人员进场，实施周期以双方确认的实施计划为准。

3.2 甲方应提供实施所需的场地、网络、服务器、设备接口资料及配合人员。因甲方配合不到位、设备接口资料不全或需求变更导致延期的，实施周期相应顺延，乙方不承担责任。

3.3 定制开发的需求以乙方提交、甲方签字的需求确认单为准，确认后的需求变更另行计费。需求变更的费用按乙方人天单价计算，由乙方另行报价。

3.4 乙方按照实施计划分阶段开展需求调研、系统部署、接口开发、数据初始化、用户培训和上线支持工作。

3.5 乙方为甲方提供不超过两次的集中操作培训，每次不超过一日，超出部分另行计费。

3.6 甲方应指定项目联系人，及时确认需求、提供资料和组织人员参加培训。甲方对乙方提交的文件应在三个工作日内予以确认，逾期未确认的视为确认。

## 第四条 验收

4.1 系统安装部署完成并上线运行，即视为甲方验收合格。

4.2 甲方在上线后如发现问题，可书面告知乙方，乙方在技术服务中予以处理，但不影响验收结论及甲方的付款义务。

## 第五条 知识产权

5.1 平台软件及乙方为本项目开发的全部程序、数据采集接口、赋码规则、报表及其源代码、技术文档的知识产权，均归乙方所有。

5.2 甲方仅获得在本企业内部使用上述软件及开发成果的非独占、不可转让的使用权，不得对其进行修改、反向工程，或提供给任何第三方使用。

## 第六条 免费维护

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供软件缺陷修复和电话、远程技术支持。

6.2 甲方报告故障的，乙方在接到通知后尽快安排技术人员处理，具体处理时间视问题复杂程度而定。

6.3 因甲方操作不当、自行修改、硬件或网络故障、停电等原因导致的问题，不属于免费维护范围。

6.5 甲方应安排专人负责系统日常管理，并按乙方用户手册操作；甲方人员变动的，应自行组织新人员培训。

6.4 免费维护期内的技术支持时间为工作日9:00至17:30，节假日及非工作时间的现场服务另行收费。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费按软件许可费的28%计收，即每年¥240,800。

7.2 年度维护服务合同期满，双方未提出异议的，按原价格自动续期一年。

7.3 甲方未续签维护合同的，乙方不再提供升级、补丁及技术支持。

7.4 年度维护服务内容包括软件缺陷修复、版本升级和远程技术支持；现场服务、二次开发和功能新增另行收费。

## 第八条 数据

8.1 平台中的生产、质检、批次及经销商数据归甲方所有，乙方仅为提供实施和维护服务使用，不得用于其他用途。

8.2 乙方远程维护时应使用甲方分配的账号，采取访问控制和操作日志记录等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方应自行做好服务器和数据库的日常备份，因甲方未备份造成的数据丢失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密、生产配方、工艺参数和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开时止。

9.2 双方应要求各自参与本项目的人员遵守本条约定。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对甲方的间接损失、利润损失、停产损失不承担赔偿责任。

10.3 乙方因实施延期产生的责任，仅限于采取补救措施、增派人员加快实施进度。

10.4 乙方软件按现状提供，乙方不保证软件满足甲方的全部业务需求，也不保证软件不间断、无错误运行。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后三十日内仍未改正的，守约方有权解除合同。

11.2 合同解除的，甲方应支付乙方已完成工作对应的费用。

## 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

12.2 不可抗力包括但不限于自然灾害、政府行为、大面积停电、通信中断等不能预见、不能避免且不能克服的客观情况。

12.3 受不可抗力影响的一方应在影响消除后及时恢复履行，履行期限相应顺延，双方互不承担违约责任。

## 第十三条 法律适用及争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，提交合肥仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 本合同附件：需求确认单、实施计划、软件功能清单。附件与本合同具有同等效力。

14.4 甲方收到乙方交付的安装介质和用户手册后应签收，签收即表示乙方已完成软件交付义务。

甲方（盖章）：徽州古松墨业有限公司

乙方（盖章）：合肥墨溯科技有限公司

签订日期：＿＿＿＿年＿＿月＿＿日"""

E01 = """T:Software Licence and Services Agreement - FeedLine Batch Manager
P:Agreement No. CRS-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangdong Hexiang Feed Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong (the "Customer"), and Coulee Ridge Software Ltd., a corporation incorporated under the laws of the Province of Alberta with its head office at 410 Stafford Drive South, Lethbridge, Alberta, Canada (the "Vendor").
P:The Customer operates six feed mills in southern China and wishes to licence the Vendor's FeedLine Batch Manager software for formulation control, batching, bin inventory and traceability, and to have the Vendor configure, interface and roll out the software at its mills. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means FeedLine Batch Manager version 8, including the Formulation, Batching, Bin Inventory and Traceability modules, in object code, together with its Documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, mill configurations, scripts and other work product prepared by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all formulas, ingredient data, batch records, production records, supplier and customer information and any other data that the Customer or its users enter into, or generate by using, the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that all acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the six mills listed in Annex 1 and at one central data centre, for an unlimited number of named users employed by the Customer and its affiliates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery purposes. The Customer shall not sell or sub-license the Software to a third party other than its affiliates.
P:2.3 The licence includes all updates and new versions released during the Warranty Period.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software; configuration of the six mills, including ingredient master data, bin maps and batching sequences; development of interfaces to the Customer's ERP system, truck scale system and mill PLC controllers; migration of formula history; user and administrator training in Chinese; and hypercare support for sixty days after go-live at each mill.
P:3.2 The Vendor shall complete installation and configuration at the first mill within ninety days after the Effective Date and at all six mills within two hundred days after the Effective Date, in accordance with the project plan in Annex 2.
P:3.3 The Vendor shall assign a project manager fluent in Mandarin and shall not replace the project manager or key consultants without the Customer's prior consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,722,000, consisting of: Software licence fees CNY 1,180,000; implementation and configuration services CNY 342,000; interface development CNY 164,000; and training CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 344,400) within twenty business days after signature; (b) 55% of the Contract Price (CNY 947,100) within twenty business days after the Software is installed and configured at all six mills, which installation shall not be deemed acceptance; and (c) 25% of the Contract Price (CNY 430,500) within twenty business days after Final Acceptance.
P:4.3 The Vendor shall issue valid VAT invoices in China through its authorised local agent before each payment. All amounts are payable in Renminbi.
H:Article 5 Acceptance
P:5.1 After go-live at all six mills, the Software shall be tested in a trial run of forty-five days.
P:5.2 The acceptance criteria are: all functions listed in the functional specification pass testing; batch weights recorded by the Software match the scale readings within the tolerance stated in the specification; ERP interfaces transfer all production orders and consumption records without loss for twenty consecutive days; a full forward and backward trace of any finished-feed lot is completed in less than five minutes; and no Severity 1 incident occurs during the last twenty days of the trial run.
P:5.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within ten business days. Go-live, production use or payment do not constitute acceptance. If any criterion is not met, the Vendor shall correct the defects at its own cost and the trial run shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the specification for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Severity 1 incidents (batching stopped at a mill, or loss or corruption of batch records) shall be responded to within one (1) hour, 24 hours a day, seven days a week, and worked on continuously until a workaround is in place. Severity 2 incidents shall be responded to within three hours during business hours in China. For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall pay the Customer CNY 800 as a service credit.
P:6.3 After the Warranty Period, the Customer may purchase annual support at a fee of 11% of the Software licence fees, namely CNY 129,800 per year. This fee is fixed for the first three years of support and shall then not rise by more than 3% per year. Support does not renew automatically; each year is ordered separately by the Customer.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance, and the Customer may use, modify and license them freely, including by engaging third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Software is installed in the Customer's data centre in China. The Vendor may access it remotely only through the Customer's VPN and bastion host, with per-session approval by the Customer, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. The Vendor shall not transfer any Customer Data outside mainland China.
P:8.3 The Vendor shall apply access control, encryption of data in transit and audit logging in its work, shall notify the Customer within twelve hours after becoming aware of any security breach affecting Customer Data, and shall be liable for all losses caused by a breach attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including formulas and commercial terms, and shall not disclose it to any third party without prior written consent, during the term and for five years after its end.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation and configuration at all six mills by the date in Article 3.2, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 7.3 and breach of Article 8, which is not limited.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor, including its authorised local agent in China.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement comes into force on the date of signature by both parties (the "Effective Date").
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within thirty days after written notice, or if liquidated damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for the parts not accepted.
P:12.3 The licence granted for Software that has been paid for survives any termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Province of Alberta and the federal laws of Canada applicable in Alberta.
P:13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within sixty days shall be submitted to the courts of Alberta sitting in Lethbridge, and the parties submit to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, together with Annex 1 (Sites), Annex 2 (Project Plan) and Annex 3 (Functional Specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese, two originals of each. Both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________"""

E02 = """# Order Form and General Terms - ServiceTrail Field Service Cloud

**Order Form No. ST-OF-2026-0387**

**Provider:** Saamis Field Systems Inc., 655 Kingsway Avenue SE, Medicine Hat, Alberta, Canada

**Customer:** Hefei Jinlong Elevator Maintenance Co., Ltd., No. 88 Fanhua Avenue, Hefei Economic and Technological Development Zone, Anhui, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Services Ordered

Provider will provide its ServiceTrail Field Service Cloud, a software-as-a-service platform for elevator maintenance scheduling, work orders, technician dispatch, spare-parts tracking and customer reporting, together with the ServiceTrail mobile app for technicians (the "Service"). The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner, as described in B4.3. The Service includes standard SMS and push notifications to end customers, up to 200,000 messages per Subscription Year.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, divided into two Subscription Years, and starts on the Go-Live Date confirmed under A5. Unless either party gives notice of non-renewal at least sixty days before the end of the Subscription Term, the Subscription Term renews for successive periods of one Subscription Year at the same fees as in the second Subscription Year.

### A3. Fees

| Item | Unit price (CNY) | Quantity | Per Subscription Year (CNY) | Subscription Term total (CNY) |
|---|---|---|---|---|
| Platform fee (Enterprise edition, including customer portal) | 186,000 per year | 1 | 186,000 | 372,000 |
| Technician seats (mobile app) | 1,450 per seat per year | 120 | 174,000 | 348,000 |
| Onboarding (one-time): configuration, import of 3,800 elevator records and maintenance plans, two interfaces, training | 46,000 | 1 | - | 46,000 |
| **Total Contract Value** | | | | **766,000** |

Additional technician seats may be added at CNY 1,450 per seat per Subscription Year, pro rata. Added seats are not part of the Total Contract Value. All fees include VAT.

### A4. Invoicing and Payment

(a) The fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within thirty days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after the Go-Live Acceptance under A5 and is payable within thirty days after receipt of a valid VAT invoice.

(c) No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within sixty days after the date of this Order Form.

(b) Go-Live Acceptance tests: all 3,800 elevator records and maintenance plans are imported and reconciled with Customer's source list without error; work orders flow to and from Customer's ERP and the municipal elevator safety platform interface for ten consecutive business days without loss; 120 technicians can log in, receive dispatches and close work orders offline and online; and customer reports are generated as specified.

(c) When the tests are passed, Customer signs a Go-Live Acceptance certificate, and the date of that certificate is the Go-Live Date. Use of the Service by Customer before that date is not acceptance.

(d) If Provider does not complete onboarding by the date in A5(a) for reasons attributable to Provider, Provider will pay Customer CNY 500 for each day of delay.

### A6. Contacts and Signature

Provider contact: Customer Success Manager, success@saamisfield.example. Customer contact: Head of IT, Hefei Jinlong Elevator Maintenance Co., Ltd.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## Part B - General Terms

### 1. Use of the Service

1.1 Provider grants Customer and its employees and contractors a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

1.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

1.3 Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure.

1.4 Provider will publish release notes at least ten days before any update that changes how technicians use the mobile app, and will not remove a material function of the Service during the Subscription Term.

### 2. Service Levels

2.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 Priority 1 incidents (the Service or the mobile app is unavailable for all users, or work orders cannot be dispatched) will be responded to within thirty (30) minutes at any time; Priority 2 incidents within two hours during business hours; Priority 3 within one business day.

2.3 If monthly availability falls below the commitment in 2.1, Customer receives a service credit of 5% of the monthly equivalent of the annual fees for each 0.1 percentage point of shortfall or part of it, up to the full monthly equivalent. If Provider misses a Priority 1 response time, Customer receives a service credit of CNY 600 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 3. Customer Data

3.1 All data entered into or generated by the Service by or for Customer, including elevator records, maintenance histories, technician locations and end-customer information ("Customer Data"), belongs to Customer.

3.2 Provider will use Customer Data only to provide the Service to Customer and for no other purpose.

3.3 Customer may export all Customer Data at any time in CSV or JSON format. Within thirty days after the end of the Agreement Provider will return Customer Data and then delete it, and confirm deletion in writing.

### 4. Security

4.1 Provider will maintain an information security programme certified to ISO/IEC 27001 and will keep the Service filed at MLPS level 3.

4.2 Provider will encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log all administrative access, and test backups monthly.

4.3 Customer Data is stored and processed only in mainland China and will not be transferred abroad.

4.4 Provider will notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, will cooperate in containing it and notifying regulators and data subjects, and is responsible for losses caused by incidents attributable to Provider or its subcontractors.

### 5. Subcontractors

5.1 Provider may use subcontractors and subprocessors, including its hosting partner and local implementation partners, to perform any part of the Service or the onboarding.

5.2 Provider will inform Customer by email of any new subcontractor or subprocessor at least ten days before it begins work. Provider remains responsible for the acts of its subcontractors.

### 6. Confidentiality

6.1 Each party will keep the other party's confidential information secret, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

6.2 These obligations continue for three years after the end of the Agreement.

### 7. Intellectual Property

7.1 Provider owns the Service, the mobile app and all improvements to them.

7.2 Configurations, report templates, workflows and interface mappings created for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, copy and modify them freely and may let third parties use them, including after the end of the Agreement.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially as described in its documentation and that it will perform onboarding with reasonable skill and care by qualified personnel.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill, except in the case of wilful misconduct.

9.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

### 10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

10.2 If Customer terminates under 10.1, Provider will refund any prepaid fees for the period after termination.

10.3 Sections 3, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

### 12. General

12.1 Notices must be in writing and sent to the contacts in A6. Neither party may assign this Agreement without the other's consent, except to a successor of its business. These General Terms may be amended only in writing signed by both parties.

12.2 Neither party is liable for delay caused by force majeure, including natural disasters, epidemics, government actions and failures of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

12.3 This Agreement is executed in English and Chinese. Both versions are equally authentic."""

E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. SDSN-CG-2026-052 (Buyer's standard form for equipment and software)
P:Buyer: Shandong Shannan Cement Co., Ltd., Zaozhuang, Shandong Province, People's Republic of China
P:Supplier: Wapiti Sensing Ltd., 10014 99 Street, Grande Prairie, Alberta, Canada
P:The Buyer wishes to monitor the vibration and temperature of rotating equipment at its two clinker lines (raw mills, kilns drives, coal mills, cement mills, fans and conveyors). The Supplier designs wireless sensors and condition monitoring software. The parties agree as follows.
H:1. Scope and Contract Price
P:1.1 The Supplier shall supply, install and commission the sensors, gateways and software listed below, configure the analytics for the Buyer's equipment and train the Buyer's staff.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated|420|2,150|903,000
TB:2|Industrial gateway with LTE and Ethernet backhaul|18|14,500|261,000
TB:3|Condition monitoring software, perpetual on-premises licence, unlimited users|1|486,000|486,000
TB:|Hardware and licence subtotal|||1,650,000
TB:4|Installation and commissioning at two lines|1|138,000|138,000
TB:5|Analytics configuration (fault models for 160 machines)|1|74,000|74,000
TB:6|Training (operators and reliability engineers)|1|22,000|22,000
TB:|Contract Price|||1,884,000
P:1.2 The Contract Price is fixed and includes delivery DDP to the Buyer's plant, customs duties, VAT, installation materials, travel and all other costs of the Supplier.
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver all equipment to the Buyer's plant within seventy days after signature and complete installation and commissioning within forty-five days after delivery.
P:2.2 Installation work shall be carried out during planned kiln stops or under the Buyer's permit-to-work rules. The Supplier's staff shall follow the Buyer's safety regulations at all times.
P:2.3 The Supplier shall deliver installation drawings, a sensor location list, user manuals and maintenance manuals in Chinese.
P:2.4 Before shipment the Supplier shall test every sensor and gateway in its factory and provide a test record for each serial number. The Buyer may attend the factory tests by video link.
P:2.5 The equipment shall be packed for sea and road transport and for storage at the plant for up to three months. Each package shall show the contract number, the item number and the installation area.
P:2.6 The Buyer shall provide access to the equipment, mounting points agreed in the site survey, power for the gateways and a network connection for the servers, and shall name a coordinator for the installation.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 188,400) within fifteen business days after signature, against a bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,036,200) within fifteen business days after delivery and installation of all equipment. Signing the delivery note or installation record is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 659,400) within fifteen business days after Final Acceptance.
H:4. Acceptance
P:4.1 After commissioning, the system runs on trial for sixty days. During the trial the Supplier shall tune alarm limits with the Buyer's reliability engineers and keep a log of all changes.
P:4.2 Final Acceptance requires that: every sensor reports to the software at its configured interval with a data completeness of at least 98% over the last thirty days of the trial; alarms for the ten seeded faults in the test plan are raised correctly; trend data match readings taken with the Buyer's portable analyser within the tolerance in the technical specification; and the interface to the Buyer's maintenance management system creates work orders automatically.
P:4.3 The Buyer issues a Final Acceptance certificate within ten business days after the criteria are met. Installation, use or payment does not constitute acceptance. Failed tests are repeated after correction at the Supplier's cost.
H:5. Warranty and Maintenance
P:5.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors and gateways free of charge within five working days and supply software updates free of charge.
P:5.2 After the warranty period, the Buyer may order annual maintenance at 7% of the hardware and licence subtotal, namely CNY 115,500 per year. This price is fixed for three years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
P:5.3 Sensor batteries are warranted to last at least four years at the configured reporting interval.
P:5.4 The Supplier shall keep spare sensors and gateways in stock in China so that replacements can be shipped within two working days, and shall supply spare parts for at least eight years after Final Acceptance.
H:6. Technical Support
P:6.1 Severity 1 faults (monitoring software down, or data lost from more than ten sensors) shall be responded to within one hour, and remote repair shall start immediately. Severity 2 faults shall be responded to within two hours during working days.
P:6.2 For every hour by which the Supplier exceeds a Severity 1 response time, the Supplier shall pay the Buyer CNY 1,000, to be deducted from any amount due.
P:6.3 The Supplier shall provide a telephone hotline and an e-mail address staffed in Mandarin, and shall hold a quarterly review with the Buyer's reliability engineers during the warranty period to discuss alarms, false positives and model tuning.
TB:Severity|Description|Response|Restoration
TB:1|Software down or data lost from more than ten sensors|1 hour|8 hours
TB:2|Single gateway or up to ten sensors affected|2 hours|2 working days
TB:3|Questions and minor defects|1 working day|next update
H:7. Intellectual Property
P:7.1 The Supplier retains ownership of the monitoring software and sensor firmware, and licenses them to the Buyer perpetually.
P:7.2 Fault models, dashboards, configuration files and interface programs developed for the Buyer belong to the Buyer, who may use, modify and license them freely. Source code of the interface programs shall be delivered with Final Acceptance.
H:8. Data Security and Ownership
P:8.1 All measurement data, alarms, equipment information and reports generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, keep or use them for any other purpose, including product development.
P:8.2 The software is installed on the Buyer's servers in the plant. The gateways connect only to the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host with full logging. The Supplier shall not transfer any data outside mainland China.
P:8.3 The Supplier shall follow the Buyer's industrial control system security rules, keep the firmware free of known vulnerabilities, report any security incident within two hours and compensate the Buyer for losses caused by incidents attributable to the Supplier.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the technical and business information of the other party received under this Contract and shall not disclose it to any third party without written consent. This obligation continues for five years after the Contract ends.
H:10. Delay and Liability
P:10.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clause 8, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Local installation labour may be engaged only after the Buyer has approved the installer in writing.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or if liquidated damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for equipment and services that have not been accepted and compensate the Buyer for its losses.
P:12.3 After termination the Buyer may keep and use any equipment and software that has been paid for, and the Supplier shall continue to support it under Clause 6 on the terms of this Contract.
H:13. Force Majeure
P:13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:15. Miscellaneous
P:15.1 The technical specification, test plan and the Supplier's bid are annexes to this Contract. Notices shall be given in writing to the addresses above. Changes to this Contract must be made in writing and signed by both parties. This Contract is made in Chinese and English, both equally valid, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement No. AB-MSA-2026-021**

**Between** Tianjin Haihe Fine Chemicals Co., Ltd., Nangang Industrial Zone, Tianjin, People's Republic of China (the "Customer")

**and** Athabasca Bluewater Technical Services Ltd., 9909 Franklin Avenue, Fort McMurray, Alberta, Canada, acting through its registered branch in Tianjin (the "Provider")

## Background

The Customer runs its plant business systems and its plant control network from two server rooms in Tianjin. The Provider offers managed infrastructure services for process industries. The Customer wishes to outsource the monitoring, operation and support of its servers, storage, network and end-user devices to the Provider for thirty-six months on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Monthly Service Charge" means the charge set out in Schedule 3.

1.4 "Incident" means an unplanned interruption or reduction in quality of a service or component in scope.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is thirty-six (36) months from the Service Commencement Date.

2.2 The Agreement does not renew automatically. The parties will discuss any extension at least four months before the end of the service term; any extension must be agreed in writing, including its prices.

## Section 3. Services

3.1 The Provider shall perform the Services in Schedule 1 for the components listed there, using its network operations centre and two on-site engineers at the Customer's plant on working days.

3.2 The Provider shall keep the configuration management database, the runbooks and the asset inventory up to date, and shall deliver a monthly service report by the fifth working day of each month.

3.3 The Provider shall propose and, with the Customer's change approval, carry out patching, firmware upgrades and capacity changes. No change to the plant control network may be made without the written approval of the Customer's process control manager.

3.4 The service desk shall be available in Mandarin and English from 07:30 to 20:00 on working days, with telephone support by the on-call engineer outside those hours. The Provider shall follow the Customer's change, access and permit-to-work procedures at the plant.

## Section 4. Transition and Service Commencement

4.1 The Provider shall complete transition within seventy-five days after signature. Transition covers discovery of all components, installation of monitoring agents and probes, creation of runbooks, handover from the Customer's current team and a fourteen-day parallel run.

4.2 Transition acceptance criteria: all components in Schedule 1 are monitored and visible in the monitoring console; runbooks for the twenty most frequent incident types are approved by the Customer; the service desk handles all calls during the parallel run; and no Priority 1 incident is handled outside the Schedule 2 response times during the parallel run.

4.3 When the criteria are met the Customer signs the transition acceptance certificate. If the Provider has not achieved transition acceptance by the date in 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value is CNY 2,212,000.

5.2 The one-time transition charge is invoiced after transition acceptance. Monthly Service Charges are invoiced monthly in arrears. The Customer shall pay each correct VAT invoice within thirty days. No advance payment is due.

5.3 Additional work requested by the Customer outside Schedule 1 is charged at the rates in Schedule 3 only if ordered in writing in advance.

## Section 6. Service Levels

6.1 The Provider shall meet the service levels in Schedule 2. Service credits under Schedule 2 are deducted from the next invoice.

6.2 The Provider shall hold a monthly service review with the Customer and present a remediation plan for any missed service level.

## Section 7. Customer Data

7.1 All data stored on or processed by the systems in scope, including production, quality, laboratory, personnel and financial data ("Customer Data"), remain the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry of the Agreement the Provider shall hand back all documentation, credentials and configuration records to the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and shall not disclose it to any third party without prior written consent, except to its employees and advisers who need to know it. This obligation lasts during the term and for five years afterwards.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, monitoring templates, the configuration management database content and reports prepared for the Customer belong to the Customer, who may use, modify and license them freely, including by giving them to a successor provider.

9.2 The Provider keeps ownership of its monitoring tools and general know-how.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of Section 8.

10.2 Neither party is liable for indirect or consequential loss.

## Section 11. Personnel and Subcontracting

11.1 The Provider shall assign qualified staff and shall replace any engineer the Customer reasonably objects to.

11.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 12. Duration and Early Ending

12.1 The parties have agreed a fixed term in view of the Provider's transition investment. Neither party may terminate this Agreement before the end of the service term, except that the Provider may suspend or terminate the Services if the Customer fails to pay undisputed invoices for more than ninety days after a written reminder.

12.2 If the Provider fails to perform, the Customer's remedies are the service credits in Schedule 2, correction of the failure at the Provider's cost and damages under Section 10; the Customer shall continue to pay the Monthly Service Charges.

12.3 Before the end of the service term the Provider shall provide reasonable exit assistance to the Customer or a successor provider for up to sixty days at the rates in Schedule 3.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be resolved by the parties' senior managers within thirty days shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Section 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties. Amendments must be in writing. The Agreement is made in English and Chinese; both versions are equally valid.

14.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to resume performance. Notices must be given in writing to the addresses above.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 - Scope of Services

| Service area | Components in scope | Included activities |
|---|---|---|
| Server operations | 64 physical and 210 virtual servers, two virtualisation clusters | monitoring, patching, backup checks, capacity reports |
| Storage and backup | two storage arrays, backup appliance, tape library | monitoring, backup job management, monthly restore test |
| Network | core and access switches, firewalls, wireless controllers, plant network DMZ | monitoring, configuration backup, change implementation |
| Service desk | about 950 users, Chinese and English | calls, tickets, remote fixes, on-site desk-side support |
| End-user devices | about 1,100 desktops and laptops | imaging, patching, hardware replacement coordination |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | plant business system, plant network DMZ or a virtualisation cluster down | 15 minutes | 3 hours | 2% of the Monthly Service Charge per incident |
| P2 | a single server, application or site network segment down | 30 minutes | 8 hours | 1% of the Monthly Service Charge per incident |
| P3 | a single user or device affected | 2 business hours | 2 business days | none; reported monthly |
| Monitoring console | availability per calendar month | 99.95% | - | 3% of the Monthly Service Charge if missed |

Total service credits in any month are limited to 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Amount (CNY) | Number | Total (CNY) |
|---|---|---|---|
| Transition charge (one-time) | 124,000 | 1 | 124,000 |
| Monthly Service Charge | 58,000 | 36 months | 2,088,000 |
| **Total contract value** | | | **2,212,000** |
| Additional work, engineer day rate | 3,600 | as ordered | not included |"""

E05 = """DATA SUBSCRIPTION AGREEMENT - PRAIRIE CROP AND WEATHER DATA API

Agreement No. NAD-DSA-2026-0219

PARTIES

Northern Aspen Data Inc., 1200 Central Avenue, Prince Albert, Saskatchewan, Canada ("Vendor").

Dalian Beigang Grain and Oilseeds Trading Co., Ltd., Dalian Free Trade Zone, Liaoning, People's Republic of China ("Customer").

BACKGROUND

Customer imports canola, wheat and pulses from Western Canada and wishes to use Vendor's crop condition, weather and elevator basis data in its procurement and risk systems. Vendor provides that data through a REST API and bulk files. The parties agree as follows.

1. DEFINITIONS

1.1 "Vendor Data" means the crop condition indices, field-level weather observations and forecasts, yield model outputs, elevator basis and rail logistics data that Vendor makes available through the API or bulk files.

1.2 "Subscription Year" means each period of one year starting on the Start Date and on its first anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Start Date" means the date of Customer's written Integration Acceptance under clause 4.3.

1.4 "Customer Data" means the account data, user lists, query parameters, watch lists, portfolio locations and usage logs that Customer supplies to or generates in the Vendor platform.

1.5 "Integration Deliverables" means the field mappings, transformation scripts and connectors that Vendor builds for Customer under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API and bulk files, to store Vendor Data in Customer's own systems and to use it for Customer's internal procurement, trading, logistics and risk management, including reports to Customer's management and lenders.

2.2 Customer may not resell Vendor Data or publish it as a data feed to third parties. Customer may keep and use Vendor Data received during the Subscription Term after its end for historical analysis.

2.3 The subscription covers up to fifty named users and up to two million API calls per month. Calls above that volume are charged at the overage rate in clause 3.4.

2.4 Vendor Data is compiled from public agencies, Vendor's own network of more than 900 field weather stations in Alberta, Saskatchewan and Manitoba, satellite imagery and reports from grain elevators. Vendor shall describe its sources and methods in methodology documents in English and Chinese and update them when a source changes.

3. FEES AND PAYMENT

3.1 The Subscription Fee is CNY 396,000 per Subscription Year, CNY 792,000 for the Subscription Term.

3.2 The one-time Integration Fee is CNY 24,000.

3.3 The total Contract Value is CNY 816,000, inclusive of VAT and all withholding taxes.

3.4 Overage is charged at CNY 0.02 per thousand API calls above the monthly volume and invoiced quarterly in arrears. Overage is not part of the Contract Value.

3.5 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within thirty days after receipt of a valid invoice. The Integration Fee is invoiced after Integration Acceptance and payable within thirty days. Nothing is payable before the Start Date.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within forty-five days after signature ("Target Date"), Vendor shall provision production API credentials for Customer, deliver the historical data back-file for the last ten crop years, and build connectors that load Vendor Data into Customer's data warehouse and trading system.

4.2 Integration acceptance tests: the back-file loads completely and record counts match Vendor's manifest; daily and intraday feeds load automatically for fifteen consecutive business days with no missed file; API latency at the 95th percentile stays below 800 milliseconds from Customer's Dalian data centre; and the data dictionary in Chinese and English is delivered.

4.3 When the tests are passed Customer signs an Integration Acceptance notice. Use of test credentials or of sample data does not constitute acceptance. Failed tests are repeated after correction at Vendor's cost.

4.4 If production access and the connectors are not ready by the Target Date for reasons attributable to Vendor, Vendor shall pay Customer delay damages of 0.02% of the Contract Value for each day of delay until Integration Acceptance.

5. SERVICE LEVELS

5.1 Vendor shall make the production API available at least 99.95% of each calendar month, excluding maintenance windows announced seven days in advance and held on Sundays between 02:00 and 06:00 Beijing time.

5.2 Daily bulk files shall be delivered by 07:00 Beijing time on each business day.

5.3 Priority 1 issues (API unavailable, or daily files missing or corrupt) shall be responded to within one hour at any time and worked on continuously until resolved. Priority 2 issues shall be responded to within one business day.

5.5 Vendor shall provide support by e-mail and telephone, with an English and Mandarin speaking analyst available during Beijing business hours for questions about data definitions, revisions and model changes.

5.4 If monthly availability is below the commitment in 5.1, Vendor shall credit Customer 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point below, up to half of the monthly equivalent. A Priority 1 response later than one hour earns a credit of CNY 500 per hour. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the subscription and support to Customer and shall not use it for any other purpose, including analysis of Customer's trading interests, product development or sale to others.

6.2 Vendor shall host Customer Data in a cloud region it operates in compliance with applicable law, protect it by encryption in transit and at rest, multi-factor authentication for administrative access, role-based access control and logging, and test its backups quarterly.

6.3 Vendor shall notify Customer within twenty-four hours after discovering any unauthorised access to, loss of or damage to Customer Data, shall take immediate measures to contain it, shall support Customer in any notification to authorities, and shall be liable for losses caused by an incident attributable to Vendor.

6.4 Within thirty days after the end of the Agreement Vendor shall return Customer Data in CSV format and then delete it, and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor owns the Vendor Data, the API and its models.

7.2 The Integration Deliverables belong to Customer. Vendor shall deliver their source code with Integration Acceptance, and Customer may use, modify and license them freely, including to other data providers and system integrators.

8. DATA QUALITY WARRANTY

8.1 Vendor warrants that Vendor Data is compiled with professional care from the sources described in its methodology documents and that it will correct any error reported by Customer within two business days.

8.2 Vendor does not warrant that forecasts or model outputs will prove accurate.

8.3 Vendor shall announce any discontinued data series at least ninety days in advance and shall offer a comparable replacement series at no extra charge, or reduce the Subscription Fee in proportion.

9. LIABILITY

9.1 Vendor's total liability under this Agreement is limited to 150% of the Contract Value, except for liability for breach of clause 6 and for wilful misconduct, which is not limited.

9.2 Neither party is liable for loss of trading profit or other indirect loss, except in cases of wilful misconduct.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Vendor shall not subcontract the hosting of Customer Data, support or the building of the Integration Deliverables without Customer's prior written consent.

10.2 Neither party may assign this Agreement without the other party's written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 The Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A new subscription requires a new written agreement.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund the Subscription Fee for the remaining part of the Subscription Year.

11.3 Clauses 6, 7 and 9 survive the end of the Agreement.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai, in Chinese and English.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties concerning the subscription and may be changed only in writing signed by both parties. Notices are given in writing to the addresses above.

13.2 Neither party is liable for delay caused by force majeure, including natural disasters, epidemics, government actions and large-scale failures of internet or power networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

13.3 This Agreement is executed in English and Chinese. Both versions are equally authentic.

SIGNATURES

For Vendor: ____________________ Name and title: ____________________

For Customer: ____________________ Name and title: ____________________"""

# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h667z01_symphony_performance_scheduling_platform", "pdf", Z01),
    "z02": ("h667z02_pencil_factory_assembly_line_control_retrofit", "docx", Z02),
    "z03": ("h667z03_art_studio_chain_course_booking_saas", "txt", Z03),
    "z04": ("h667z04_newspaper_editorial_system_annual_om", "txt", Z04),
    "z05": ("h667z05_ink_factory_batch_tracking_supplier_template", "md", Z05),
    "e01": ("h667e01_feed_mill_batching_software_perpetual_licence", "pdf", E01),
    "e02": ("h667e02_field_service_saas_order_form", "md", E02),
    "e03": ("h667e03_cement_plant_condition_monitoring_sensors", "docx", E03),
    "e04": ("h667e04_chemicals_managed_infrastructure_36_months", "md", E04),
    "e05": ("h667e05_crop_weather_data_api_subscription", "txt", E05),
}

# ---------------------------------------------------------------- labels
K = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: category, terms (in K order), sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
LABELS = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G], T, T, T, F, 988000),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.02, N, 10, T, T, 24, 8, F, T, T, "PRC", G], T, T, T, F, 1710000),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, F, T, 400 / 550000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
            T, T, N, F, 550000),
    "z04": ("services", [99.95, 0.25, F, "buyer", T, T, T, 0.1, 20, N, T, N, N, N, F, T, F, N, S], T, T, N, F, 486000),
    "z05": ("software", [N, N, F, "supplier", T, T, T, N, N, 65, F, F, 6, 28, F, T, N, "PRC", G], F, F, T, T, 1306000),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Alberta", G], T, T, T, F,
            1722000),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", T, T, T, 500 / 766000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S],
            T, T, N, F, 766000),
    "e03": ("hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 7, F, T, F, "PRC", G], T, T, T, F, 1884000),
    "e04": ("services", [99.95, 0.25, T, "buyer", F, T, T, 1800 / 2212000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
            T, T, N, F, 2212000),
    "e05": ("cloud", [99.95, 1, T, "buyer", T, T, F, 0.02, 150, N, T, N, N, N, F, T, F, "PRC", S], T, T, N, F, 816000),
}
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 520000, "z02": 1424000, "z05": 860000, "e01": 1180000, "e03": 1650000}
# itemised prices and payment instalments, asserted against the value
PRICES = {"z01": [520000, 386000, 64000, 18000], "z02": [468000, 392000, 256000, 86000, 54000, 108000, 60000, 168000,
          96000, 22000], "z03": [476000, 58000, 16000], "z04": [121500] * 4, "z05": [860000, 360000, 86000],
          "e01": [1180000, 342000, 164000, 36000], "e02": [372000, 348000, 46000], "e03": [903000, 261000, 486000,
          138000, 74000, 22000], "e04": [124000, 58000 * 36], "e05": [792000, 24000]}
PAYMENTS = {"z01": [197600, 444600, 345800], "z02": [171000, 940500, 598500], "z05": [848900, 457100],
            "e01": [344400, 947100, 430500], "e03": [188400, 1036200, 659400]}
DESIGN = {
    "z01": [], "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"], "e05": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    t = dict(zip(K, LABELS[key][1]))
    value = LABELS[key][6]
    if t["post_warranty_fee_pct"] is None or not LABELS[key][4]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (value + fees) * 100


def derive(key):
    """The rules as I read policy section 3, from the label alone."""
    cat, vals, sla, ld_stated, capped, deemed, value = LABELS[key]
    t = dict(zip(K, vals))
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
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


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
BAD = [
    r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?<![\d.])99\.90*(?!\d)", r"(?<![\d.])0\.050*(?!\d)",
    r"百分之(?:三十|十五|四十|百|一百|九十九点九|零点零五)(?![一二三四五六七八九十点])",
    r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?|hrs?\b)", r"(?<![一二三四五六七八九十])四\s*个?\s*小时",
    r"(?i)(?<![a-z-])four\s*(?:\(\s*4\s*\)\s*)?hours?",
    r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?)", r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"(?i)\btwelve\s*(?:\(\s*12\s*\)\s*)?months?", r"(?i)(?<![a-z])twelve(?:\(12\))?months?",
    r"(?i)\bfifteen\s*(?:\(\s*15\s*\)\s*)?(?:percent|%)", r"(?i)\bthirty\s*(?:\(\s*30\s*\)\s*)?(?:percent|%)",
    r"(?i)\bforty\s*(?:\(\s*40\s*\)\s*)?(?:percent|%)", r"(?i)\bone\s*hundred\s*(?:percent|%)",
]
BAD_RE = [re.compile(p) for p in BAD]
MUST_HIT = ["30%", "30 %", "15%", "40 %", "100%", "99.9%", "99.9", "0.05%", "0.05", "30.0%", "百分之三十", "百分之百",
            "万分之五", "4小时", "4 小时", "4个小时", "四小时", "4 hours", "four (4) hours", "12个月", "十二个月",
            "12 months", "twelve (12) months", "twelve months", "thirty percent", "100 per cent"]
MUST_MISS = ["99.95%", "99.99%", "130%", "0.055%", "0.15%", "24小时", "24 hours", "14 hours", "十四小时", "二十四小时",
             "112 months", "24 months", "18 months", "二十四个月", "300%", "1.5%", "30日", "thirty days", "40日",
             "万分之五十", "万分之八", "35%", "45%", "20%", "4 years", "Schedule 4", "0.02%", "15 minutes", "99.5%",
             "fourteen hours", "twenty-four hours", "twenty-four (24) hours", "1.4 hours", "2,150", "一百二十日"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAD_RE:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


# ---------------------------------------------------------------- read back
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
        assert threshold_hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("regex hits", s, threshold_hits(s))

    sources, targets = {}, {}
    for key, (stem, ext, src) in NAMES.items():
        name = stem + "." + ext
        if ext in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (stem, ext, src) in NAMES.items():
        name = stem + "." + ext
        cat, vals, sla, ld_stated, capped, deemed, value = LABELS[key]
        assert sum(PRICES[key]) == value, (key, sum(PRICES[key]), value)
        if key in PAYMENTS:
            assert sum(PAYMENTS[key]) == value, key
        terms = dict(zip(K, vals))
        for k, th in THRESH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": cat,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            unit = "chars"
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            unit = "words"
        hits = threshold_hits(text) + threshold_hits(src)
        print(f"{name}: {n} {unit}, rules {rules or '(none)'}, risk {risk(rules)}"
              + (f", TCO share {share:.2f} %" if share is not None else ""))
        if not ok:
            problems.append((name, n, unit))
        if hits:
            problems.append((name, "threshold text", sorted(set(hits))))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: len(v) for k, v in DESIGN.items()}
    assert [k for k, v in mix.items() if v == 0] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= mix["z05"] <= 10
    assert sorted(v for k, v in mix.items() if k not in ("z01", "e03", "e01", "z05")) == [2, 2, 2, 2, 2, 3]
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
