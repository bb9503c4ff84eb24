"""holdout608: ten blind held-out draft contracts (5 zh, 5 en). Builds every file from the sources below (.txt/.md
written as is; .docx/.pdf through ../word_pdf.py), writes the .json labels and asserts the checks (price sums, label
values off the policy thresholds, rules derived from the labels = design list, all 20 CR rules covered, text lengths as
read back, and a regex scan of every built file for threshold figures). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:外贸企业统计监测平台建设项目合同
P:合同编号：SWJ-ZC-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市商务局    乙方（供应商）：杭州数桥信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供外贸企业统计监测平台软件许可，并完成定制开发、部署实施和培训，建成覆盖全市约一千六百家外贸企业的进出口统计、监测预警和企业直报平台。
P:1.2 定制开发内容包括：企业直报填报系统、进出口月度统计报表（共四十八张）、重点企业监测预警模型、与海关数据接口、与省商务厅外贸监测系统接口、领导驾驶舱。
P:1.3 平台部署于甲方指定的政务云，乙方负责应用部署、中间件配置及与政务云安全设施的对接。
P:1.4 乙方应按甲方要求完成2019年至2025年历史统计数据的清洗和导入，导入数据须经甲方抽样核对。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾柒万贰仟元整（¥1,872,000），包括：平台软件许可费¥980,000；定制开发费¥726,000；实施部署费¥132,000；培训费¥34,000。
P:2.2 合同总价为固定总价，包含乙方为履行本合同所需的全部费用及税费，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线试运行并通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.5 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，因财政拨付程序造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发，并提交试运行申请；试运行期为六十日。
P:4.2 乙方应提交项目实施方案、需求规格说明书、设计文档、测试报告、用户手册和运维手册，文档经甲方确认后方可进入下一阶段。
P:4.3 乙方应派驻项目经理一名及开发人员不少于六名，项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；四十八张统计报表与甲方提供的样本数据逐项核对一致；海关及省厅接口连续十日数据交换无差错；平台在三百并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的安全测评报告无高风险问题；全部文档、源代码及数据字典移交完毕；甲方组织专家评审通过。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十五日内整改后重新申请验收。平台上线、试运行或甲方付款均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持和每季度一次的现场巡检。
P:6.2 乙方应为甲方及各区商务部门提供不少于三期集中培训，每期不少于两天，培训教材由乙方编制并经甲方确认。
P:6.3 质保期满后，甲方可选择与乙方另行签订运维服务合同，年度运维服务费不超过平台软件许可费的9.5%（即不超过¥93,100），自质保期满起三个服务年度内不上调。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或数据报送中断）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障：1小时内响应，24小时内解决；三级故障：下一个工作日内解决。
P:7.3 乙方每超过响应或恢复时限一小时，向甲方支付违约金¥1,200；可用率每低于承诺值0.01个百分点，扣减当年运维费用或履约保证金¥1,500。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其所属单位。
P:8.2 为本项目定制开发的全部成果，包括报表模板、监测模型、接口程序、源代码及文档，其知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:8.3 乙方保证所交付的软件及成果不侵犯任何第三方的知识产权，因此产生的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台中的企业填报数据、统计数据及日志均归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，对运维人员实行实名管理，远程操作须经甲方审批并通过堡垒机进行，不得将数据拷出政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政责任所造成的损失。
P:9.4 合同终止或期满时，乙方应在甲方监督下删除其掌握的全部甲方数据，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、企业经营信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除，在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定的，应免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方；经同意分包的，乙方对分包方的行为承担连带责任。本合同不得转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 双方往来的通知应以书面形式送达本合同首页载明的地址，一方变更地址的应及时书面通知对方。
P:附件：1. 功能需求清单；2. 报表目录；3. 接口规范；4. 项目进度计划。
P:甲方（盖章）：临江市商务局    乙方（盖章）：杭州数桥信息技术有限公司
P:签订日期：2026年3月16日
"""
Z02 = """T:造粒生产线控制系统改造及维保合同
P:合同编号：HF-JS-2026-0412
P:甲方（买方）：江汉丰禾化肥有限公司    乙方（卖方）：武汉中控启航自动化工程有限公司
P:为提高复合肥造粒生产线的自动化水平和运行稳定性，甲方委托乙方对二号、三号造粒生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条造粒生产线（配料、造粒、烘干、冷却、筛分、包膜工段）控制系统的设计、供货、安装、组态编程、调试和培训，将原有继电器及单机控制改造为集中控制。
P:1.2 改造后应实现：配料秤自动配比，造粒机、烘干机温度闭环控制，主要电机变频调速，工艺参数集中监视、报警和历史记录，生产报表自动生成。
P:1.3 改造施工须利用甲方计划停车检修期进行，每条生产线停车改造时间不超过十八日。
P:1.4 乙方应对现有设备、电缆和仪表进行现场勘查，提交改造设计方案，设计方案经甲方技术部门审查确认后方可采购和施工。改造设计应满足化工企业电气防爆和防腐要求。
P:1.5 技术要求：控制器采用冗余配置，I/O模块支持带电插拔，操作员站画面刷新时间不超过1秒，历史数据在线保存不少于三个年度。
H:第二条 供货清单及价格
P:本合同总价为人民币壹佰陆拾柒万元整（¥1,670,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|控制器及I/O模块（含机柜）|2套|612,000
TB:2|变频器|18台|324,000
TB:3|操作员站及工程师站|5台|96,000
TB:4|控制系统软件许可（永久）|2套|168,000
TB:5|称重及温度仪表|1批|214,000
TB:|软硬件小计||1,414,000
TB:6|安装调试|1项|146,000
TB:7|组态编程|1项|92,000
TB:8|培训|1项|18,000
TB:|合同总价||1,670,000
P:上述价格含设备费、软件费、运输、保险、安装、调试、培训及税费。设备均应为全新、原厂正品，并随货提供合格证、说明书及原厂质保证明。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 两条生产线改造完成并通过最终验收后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且乙方无未履行的质保义务后十日内无息支付。
P:3.5 每次付款前乙方应开具等额增值税专用发票。
H:第四条 交货与施工
P:4.1 乙方应于合同生效后六十日内将全部设备运至甲方厂区指定地点。
P:4.2 乙方应在停车检修期开始前提交施工方案、停车改造计划和安全措施，经甲方生产部和安全环保部审核后施工。乙方人员须遵守甲方厂区安全管理制度及危险化学品区域作业规定。
P:4.3 乙方应配备专职安全员，进入甲方厂区的人员须经甲方安全教育并考试合格，动火、登高、受限空间作业须办理作业许可。
P:4.4 乙方施工期间应做好成品保护，施工垃圾每日清理；因乙方施工原因造成甲方设备损坏或停车时间延长的，乙方应负责修复并赔偿损失。
P:4.5 乙方应随货提供质保期内所需的易损件，并提供备件清单及质保期满后不少于八年的有偿备件供应承诺。
H:第五条 验收
P:5.1 单机调试完成后，双方进行联动试车；联动试车合格后进入连续运行考核期，考核期为七十二小时。
P:5.2 最终验收标准：全部I/O点校验正确；配料秤配比误差不超过千分之三；烘干出口温度控制偏差不超过±2℃；考核期内控制系统无故障停车；报警及历史记录功能完整；组态程序、图纸和操作手册已移交。
P:5.3 设备到货、安装完毕或生产线投入使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新组织验收。
P:5.4 验收时，乙方应提交调试记录、I/O点校验记录、组态程序备份及竣工图纸，资料不全的不予验收。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的设备及部件，免费提供软件修复和升级。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的7.5%（即¥106,050），质保期满后三个维保年度内不上调。维保内容包括每季度一次现场巡检、备件供应和故障处理。
P:6.3 一级故障（造成生产线停车）：乙方应在30分钟内响应，3小时内到达现场，8小时内恢复生产；二级故障：2小时内响应，24小时内处理完毕。
P:6.4 乙方每超过上述响应或到场时限一小时，向甲方支付¥800；未在时限内恢复生产的，每超过一小时另支付¥1,500。
P:6.5 乙方应为甲方操作人员和仪表维修人员分别提供不少于三天的操作培训和维护培训，并建立设备档案，每次巡检后提交巡检报告。
H:第七条 知识产权
P:7.1 控制系统软件及设备内嵌软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编制的组态程序、控制逻辑、画面及源文件归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据与网络安全
P:8.1 生产工艺参数、配方数据及运行记录均属甲方所有，乙方不得复制、带离或用于其他任何目的。
P:8.2 乙方应按工业控制系统安全防护要求实施网络隔离，关闭不必要的端口和服务；远程维护须经甲方逐次审批并在甲方人员监护下进行。
P:8.3 因乙方原因导致数据泄露、控制系统感染病毒或遭受攻击的，乙方应在2小时内报告甲方并负责恢复，承担由此造成的全部损失。
P:8.4 合同终止时，乙方应删除其在调试过程中取得的甲方生产数据副本，并书面确认。
H:第九条 保密
P:乙方对甲方的工艺配方、生产数据、技术资料及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.4 乙方交付的设备不符合合同约定的品牌、型号或技术参数的，甲方有权拒收，乙方应在十五日内更换，由此造成的延误按10.1条承担违约金。
H:第十一条 分包
P:乙方可将电缆敷设、桥架安装等现场辅助施工分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及资质。乙方对分包单位的施工质量和安全负责。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交荆州仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同附件包括技术协议、设备清单、施工进度计划和验收大纲，附件与本合同具有同等效力。
P:甲方：江汉丰禾化肥有限公司（盖章）    乙方：武汉中控启航自动化工程有限公司（盖章）
"""
Z03 = """连锁门店库存与会员管理系统服务合同

合同编号：BX-IT-2026-031

甲方：步行者鞋业连锁有限公司
乙方：上海云链零售科技有限公司

甲方在华东地区经营九十家直营鞋店，现委托乙方以软件即服务（SaaS）方式提供门店库存与会员管理系统，并完成实施上线。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

一、服务内容
（一）订阅服务：乙方向甲方九十家门店及总部提供库存管理、调拨补货、会员管理、积分营销、导购绩效和经营报表等功能的在线使用服务，门店端支持收银电脑、平板和手机。
（二）实施服务：
1. 商品主数据（约两万个SKU，含尺码、颜色）及期初库存的整理与导入；
2. 现有会员约三十八万名及其积分、等级的迁移；
3. 与甲方收银系统（POS）、电商中台和财务系统的接口对接；
4. 对门店店长、导购和总部人员的分批培训。
5. 上线后首月的门店驻场保障，每周不少于三天。
（三）为甲方定制的报表、接口程序和配置方案，在服务期内由乙方负责维护。
（四）服务期内乙方提供的版本升级、功能优化均不另行收费；乙方应在每次版本升级前五个工作日通知甲方升级内容，重大变更应征得甲方同意。
（五）乙方应为甲方指定一名客户经理和一名实施项目经理，实施期内项目经理应每周向甲方提交进度报告。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算。首个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（二）服务期满，本合同自动续期一个服务年度，续期次数不限，除非任何一方在期满前三十日书面通知对方不再续期。续期时，乙方有权根据市场情况上调服务费，上调幅度不超过上一服务年度服务费的8%，乙方应在期满前六十日通知甲方新的价格。
（三）续期期间，本合同其他条款继续适用。

三、费用及支付
（一）本合同总价为人民币陆拾捌万玖仟元整（¥689,000），包括：
1. 门店订阅费：每店每服务年度¥2,880，九十家门店两个服务年度共计¥518,400；
2. 总部模块订阅费：每服务年度¥46,000，两个服务年度共计¥92,000；
3. 实施费：¥78,600（一次性）。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）订阅费按季度支付，乙方于每季度首月开具发票，甲方在收到发票后十五个工作日内支付当季订阅费。
（四）服务期内门店数量增加的，新增门店按每店每服务年度¥2,880按月折算计费；门店关闭的，自次月起停止计费。
（五）乙方应开具增值税专用发票，发票信息有误的，甲方付款期限相应顺延。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请，其中首批十家试点门店应在合同签订后二十日内试运行。
（二）上线验收标准：
1. 九十家门店全部上线，门店库存与甲方盘点结果核对一致；
2. 会员人数、积分余额和等级迁移后逐项核对无差异；
3. POS、电商中台和财务接口连续七日数据同步无差错；
4. 门店端常用操作页面响应时间不超过2秒；
5. 培训完成，店长考核通过。
（三）甲方应在收到申请后七个工作日内组织验收并出具书面意见。系统试运行或门店开始使用，均不视为验收合格。验收不合格的，乙方应在七日内整改后重新申请。
（四）乙方未按期完成上线验收的，每逾期一日向甲方支付违约金¥600；逾期超过三十日的，甲方有权解除合同。
（五）上线验收前，乙方应提交实施方案、数据迁移核对报告、接口说明书、用户手册和培训记录。
（六）试点门店试运行期间发现的问题，乙方应在全面推广前整改完毕。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零时至六时并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（半数以上门店无法开单或查询库存）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：下一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%予以减免；一级故障超时恢复的，每超过一小时减免当月订阅费的1%。减免额在下一期费用中抵扣。
（四）乙方应每月向甲方提交服务报告，内容包括可用率、故障清单及处理情况、补偿计算和改进措施。
（五）乙方应在双十一、春节等销售高峰前完成压力测试，确保高峰期间门店并发开单能力不低于平时的三倍。
（六）乙方提供7×24小时服务热线及在线工单渠道。

六、数据
（一）甲方的商品、库存、销售和会员数据归甲方所有。
（二）甲方同意，乙方可将甲方的销售及会员数据经去标识化处理后，用于乙方的行业分析报告、算法模型训练和产品改进，且本授权在合同终止后继续有效。
（三）乙方应采取加密传输与存储、访问控制、操作日志和异地备份等措施，系统应通过网络安全等级保护三级测评；会员个人信息的处理应遵守《个人信息保护法》。
（四）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除其系统中的甲方数据。
（六）乙方应每日对甲方数据进行备份，备份数据保留不少于三十日，并每季度进行一次恢复演练。

七、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制开发的报表、接口程序及配置方案，其知识产权归甲方所有，乙方应在合同终止时移交源代码和文档。
（三）乙方保证其提供的系统和服务不侵犯第三方知识产权，否则由乙方承担全部责任。

八、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。乙方人员离职的，乙方应确保其继续履行保密义务。

九、分包
未经甲方书面同意，乙方不得将实施服务分包给第三方。经同意分包的，乙方对分包方的工作承担全部责任。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露或侵犯知识产权造成的损失不受此限。任何一方均不对对方的间接损失或利润损失承担责任。

十一、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）连续两个月可用率低于承诺值的，甲方有权解除本合同，乙方应退还已预收但未提供服务部分的费用。
（三）合同终止的，乙方应配合甲方完成数据迁移和系统切换，过渡期不超过六十日，过渡期内服务费按实际使用月数计算。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。仲裁期间，本合同不涉及争议的部分应继续履行。

十三、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同附件包括功能清单、接口规范、实施计划和服务水平说明，附件与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：步行者鞋业连锁有限公司
乙方（盖章）：上海云链零售科技有限公司
"""
Z04 = """就业服务信息系统运维服务合同

项目编号：RSJ-YW-2026-003
甲方：清河市人力资源和社会保障局
乙方：南京政通运维服务有限公司
签订地点：清河市

根据政府采购竞争性磋商结果，甲方委托乙方承担清河市就业服务信息系统的年度运行维护服务。为明确双方权利义务，根据《中华人民共和国民法典》等有关规定，订立本合同。

第一条 运维对象
就业服务信息系统包括：公共就业服务门户、就业登记与失业登记子系统、职业介绍与招聘会管理子系统、职业培训补贴申领子系统、就业统计分析子系统，以及与省级就业信息平台、市政务服务网和社保经办系统的数据接口。系统部署于市政务云，涉及应用服务器二十四台、数据库服务器六台及相应中间件。乙方应在服务期开始前完成与上一运维单位的交接，清点系统资产、账号和文档，形成交接清单。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满，本合同终止；甲方如需继续采购运维服务，应依法另行组织采购。

第三条 服务内容
1. 驻场运维：乙方派驻两名运维工程师在甲方机房值守，工作日八时三十分至十七时三十分在岗，负责系统监控、日常巡检、用户账号管理、数据维护和问题处理。
2. 远程运维及巡检：非工作时间乙方通过甲方提供的运维通道实施远程监控；每月对全部服务器、数据库和中间件开展一次全面巡检，并提交巡检报告。
3. 应用维护：修复系统缺陷；根据政策调整完成补贴标准、业务规则和统计口径的参数配置；每季度对数据接口进行一次核对。
4. 应急保障：在春风行动、高校毕业生就业服务月、年度补贴集中申领等业务高峰期间提供现场保障；参与甲方组织的应急演练，每半年不少于一次。
5. 安全加固：配合等级保护测评和安全检查，按甲方要求完成漏洞修复、补丁更新和基线加固，并提交整改报告。
6. 文档管理：建立和更新系统运维手册、配置清单、接口文档和变更记录。
7. 技术支持：乙方应为全市各区县就业服务机构经办人员提供电话和远程技术支持，每季度组织一次业务系统操作培训。
8. 变更管理：系统配置变更、版本发布须提前提交变更方案并经甲方批准，变更前完成数据备份，变更后进行验证。
9. 备份管理：乙方每日检查数据库备份执行情况，每季度开展一次备份恢复测试，并记录测试结果。

第四条 服务费用及支付
1. 本合同服务费总额为人民币伍拾捌万陆仟元整（¥586,000），其中：驻场运维费¥336,000；远程运维及巡检费¥118,000；应急保障费¥72,000；安全加固费¥60,000。
2. 服务费按季度支付。每季度结束后，甲方根据当季服务考核情况，在收到乙方发票后十五个工作日内支付当季服务费（¥146,500）。
3. 本合同不设预付款。服务费已包含乙方人员工资、差旅、工具软件及税费等全部费用。

第五条 服务水平
1. 故障分为三级：
（1）一级故障：系统整体不可用、核心业务无法办理或数据接口全部中断，乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；
（2）二级故障：部分功能不可用或部分接口中断，乙方应在30分钟内响应，8小时内恢复；
（3）三级故障：一般性问题及咨询，乙方应在下一个工作日内处理完毕。
2. 乙方应在故障处理完毕后两个工作日内提交故障分析报告，说明原因、处理过程和防范措施。
3. 本条所列服务水平指标用于甲方对乙方服务质量的评价和记录，考核结果不与服务费挂钩，乙方不因未达到上述指标而承担扣款或赔偿。
4. 乙方应每月向甲方提交运维月报，内容包括系统运行情况、工单统计、故障清单、巡检结果和改进建议。

第六条 服务考核与年度验收
1. 甲方每季度对乙方服务进行考核，考核内容包括：故障响应及恢复情况、巡检及报告提交情况、工单闭环率、用户满意度和文档更新情况。
2. 年度验收标准：全年工单闭环率不低于98%；全部巡检报告和故障分析报告按时提交；等级保护测评中乙方负责整改的问题全部闭环；运维文档完整并经甲方确认。
3. 服务期满后十五个工作日内，乙方提交年度运维总结报告，甲方组织年度验收并出具书面验收意见。验收不合格的，乙方应在甲方规定的期限内整改。
4. 服务期满时，乙方应配合甲方做好与后续运维单位的交接，交接期不超过三十日，交接期间乙方不得中断服务。

第七条 人员管理
1. 乙方驻场人员应具有相应的技术资格，名单经甲方确认后不得擅自更换；确需更换的，应提前十日书面告知甲方并经甲方同意，新人员的能力不得低于原人员。
2. 乙方人员应遵守甲方机房管理制度和信息安全管理制度，服从甲方的工作安排。
3. 乙方应为驻场人员购买社会保险和意外伤害保险，驻场人员与甲方不存在劳动关系。
4. 乙方应设立项目负责人，每月至少一次到甲方现场沟通服务情况。

第八条 数据安全
1. 系统中的就业登记信息、求职人员个人信息、补贴发放数据及日志均归甲方所有，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
2. 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》的规定，运维操作须通过甲方堡垒机进行并全程留痕；未经甲方书面批准，不得导出、复制数据，不得在个人设备上存储任何业务数据。
3. 发生数据泄露、篡改、丢失或系统被攻击等安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施；因乙方原因造成安全事件的，乙方承担全部赔偿责任。
4. 合同终止时，乙方应交还全部账号、工具和资料，并删除其掌握的全部数据，出具书面确认。
5. 乙方应对驻场人员进行信息安全和个人信息保护培训，并要求其签署安全承诺书。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、运维手册、配置文档和报告，其知识产权归甲方所有。

第十条 分包
乙方不得将本合同项下的服务转包或者分包。

第十一条 违约责任
1. 任何一方违反本合同约定的，应当承担继续履行、采取补救措施等违约责任；给对方造成损失的，应当赔偿对方的实际损失。
2. 乙方提供的服务不符合本合同约定的，应在甲方通知的期限内免费整改。
3. 因乙方人员违规操作造成系统损坏或数据损失的，乙方应负责恢复并承担恢复费用。

第十二条 合同解除
乙方严重违反本合同约定，或季度考核连续两次不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。因国家政策调整或上级部门系统整合导致本合同无法继续履行的，双方协商解除，甲方按实际服务期间结算服务费。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
1. 本合同的附件包括：磋商文件、乙方响应文件、服务方案和驻场人员名单，均为本合同的组成部分。
2. 本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
3. 本合同未尽事宜，双方可签订补充协议。合同履行中的通知以书面形式送达对方。

甲方（盖章）：清河市人力资源和社会保障局
乙方（盖章）：南京政通运维服务有限公司
"""
Z05 = """# 茗智制茶加工线管理软件许可及定制开发合同

（茗智科技标准合同文本 V3.0）

合同编号：MZ-HT-2026-0088

甲方（买方）：云岭春茶业有限公司
乙方（卖方）：福州茗智科技有限公司

甲乙双方经友好协商，就甲方购买乙方茗智制茶加工线管理软件（以下简称“本软件”）许可及相关定制开发、实施服务事宜，达成如下协议，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供本软件的永久使用许可，覆盖甲方两条绿茶加工线和一条红茶加工线的萎凋、杀青、揉捻、发酵、烘干及精制工段。

1.2 乙方根据甲方需求进行定制开发，内容包括：工艺配方管理模块、茶叶批次溯源码及扫码查询页面、与称重设备和烘干机PLC的数据接口、生产日报和能耗报表。

1.3 乙方负责本软件及定制模块的安装部署、基础数据初始化和操作培训。培训对象为甲方操作人员和管理人员，现场培训时间不超过三天。

1.4 本软件运行所需的服务器、数据库、操作系统、扫码设备及网络由甲方自行采购，不在本合同范围内，乙方可提供配置建议。

1.5 本软件许可的使用范围为甲方上述三条加工线；甲方新增产线或新增厂区使用的，应另行购买许可。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 茗智制茶加工线管理软件许可（永久，三条产线） | 900,000 |
| 2 | 定制开发（配方管理、溯源、设备接口、报表） | 386,000 |
| 3 | 安装部署及培训 | 94,000 |
| | 合计 | 1,380,000 |

合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含税。合同价格不含服务器、数据库及第三方软件费用，也不含乙方人员在甲方现场超过二十人日以外的差旅费用，超出部分按乙方标准另行收费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥759,000。乙方收到该款项后开始需求调研和开发工作。

3.2 本软件及定制模块安装部署完毕后十个工作日内，甲方支付合同总价的45%，即¥621,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停后续工作，交付期限相应顺延。

3.4 乙方在收到每期款项后十五个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方应在收到首期款后七十五日内完成本软件的安装部署及定制模块交付。

4.2 甲方应按乙方要求提供需求资料、现场条件、网络环境和配合人员。因甲方原因导致的延误，交付期限相应顺延，乙方不承担责任。

4.3 甲方对需求的变更应以书面形式提出，乙方有权就变更工作另行报价。

4.4 乙方交付的文档包括安装部署说明、用户操作手册和接口说明。

4.5 乙方派遣实施人员到甲方现场的，甲方应提供必要的办公条件和食宿便利。

## 第五条 验收

5.1 本软件及定制模块安装部署完毕并开机运行后，即视为甲方验收合格。

5.2 甲方在验收合格后提出的功能调整要求，按需求变更处理。

5.3 系统开机运行后，甲方发现软件存在缺陷的，应在免费维护期内书面通知乙方，由乙方负责修复。

## 第六条 质保与技术支持

6.1 本软件免费维护期为六个月，自安装部署完毕之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（加工线数据采集中断或系统无法登录），乙方在接到甲方通知后8小时内响应，两个工作日内提出解决方案；其他故障，乙方在三个工作日内答复。

6.3 故障处理以乙方的合理努力为限，因响应或处理超时，乙方不承担扣款、赔偿或违约金责任。

6.4 以下情况不属于免费维护范围：甲方擅自修改系统配置或数据库；甲方硬件、网络或操作系统故障；不可抗力造成的损坏。

6.5 乙方通过电话、微信工作群和远程桌面提供技术支持，服务时间为工作日九时至十七时。

6.6 甲方应指定两名系统管理员，负责日常操作问题的初步判断和故障报告。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每个维护年度¥252,000，于每个维护年度开始前一次性支付。

7.2 年度维护服务包括：远程技术支持、缺陷修复、版本升级和每个维护年度两次现场巡检。甲方未购买维护服务的，乙方不再提供任何技术支持和升级服务。

7.3 维护费逾期未付的，乙方有权暂停维护服务，恢复服务时甲方应补缴暂停期间的维护费。

## 第八条 知识产权

8.1 本软件的著作权及相关知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、接口程序、报表模板及源代码，其知识产权均归乙方所有。甲方获得非独占、不可转让的使用许可，仅限甲方内部使用，不得修改、反编译或提供给任何第三方。

8.3 乙方不向甲方交付源代码。

8.4 甲方不得将本软件转让、出租、出借或以其他方式提供给第三方使用，不得对本软件进行反向工程。

8.5 乙方保证本软件不侵犯第三方的知识产权，第三方就此向甲方提出索赔的，由乙方负责处理。

## 第九条 数据安全

9.1 甲方在使用本软件过程中产生的生产数据、配方数据和溯源数据归甲方所有，乙方不得将其用于履行本合同以外的任何目的。

9.2 乙方在实施和维护过程中接触甲方数据的，应采取访问控制、加密存储和操作审计等安全措施，不得擅自复制或对外提供；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成损失的，乙方承担相应赔偿责任。

9.3 乙方可通过远程方式进行维护，甲方应为此开通远程访问通道；每次远程访问应提前告知甲方并保留操作记录。

## 第十条 保密

双方对在合作过程中知悉的对方技术信息、工艺配方和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 任何一方均不对对方的间接损失、利润损失或数据损失承担责任。

11.3 因甲方提供的资料不准确、设备不兼容或甲方人员操作不当造成的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 甲方解除合同的，已支付的款项中对应乙方已完成工作的部分不予退还。

12.3 因不可抗力导致本合同无法履行的，双方均可解除本合同，互不承担违约责任。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，由乙方所在地人民法院管辖。诉讼期间，本合同不涉及争议的部分应继续履行。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件为需求说明书和报价单，附件与本合同不一致的，以本合同为准。

14.3 双方往来通知以书面形式或电子邮件送达合同载明的地址，送达即生效。本合同的任何修改须经双方书面确认。

甲方（盖章）：云岭春茶业有限公司

乙方（盖章）：福州茗智科技有限公司

日期：2026年4月8日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 April 2026 between Guangzhou Yuexin International Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Huangpu District, Guangzhou (the "Buyer"), and Savanna Ledger Systems Limited, a company incorporated in Kenya with its registered office at Westlands, Nairobi (the "Vendor").
P:The Buyer operates freight-forwarding, customs-brokerage and warehousing businesses through eleven branch offices. The Vendor develops the CargoPulse freight-management software. The Buyer wishes to acquire a perpetual licence to CargoPulse and to have the Vendor implement it, and the Vendor agrees to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the CargoPulse freight-management software in the version current at the Effective Date, including the modules listed in Annex 1, with its documentation, and all corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data-conversion scripts and other materials produced by the Vendor specifically for the Buyer under this Agreement, in source and object form.
P:1.3 "Buyer Data" means all shipment, customer, consignee, tariff, invoice and employee data entered into or processed by the Software, and all data derived from it.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria are met.
H:Article 2 Scope
P:2.1 The Vendor shall supply and license the Software, install it on servers provided by the Buyer in the Buyer's data centre in Guangzhou, configure it for the Buyer's eleven branches, build interfaces to the Buyer's customs declaration system, its finance system and two shipping-line booking portals, migrate the Buyer's open shipments and master data from its legacy system, and train the Buyer's users and administrators.
P:2.2 The services are described in Annex 2 (Statement of Work). The Vendor shall assign a named project manager who speaks English and Mandarin and who shall not be replaced without the Buyer's consent.
P:2.3 The Vendor shall deliver the work according to the project plan in Annex 3. Go-Live shall take place no later than 150 days after the Effective Date.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 420 named users across the Buyer and its wholly owned subsidiaries in mainland China, for their internal business purposes.
P:3.2 The Vendor retains all intellectual property rights in the Software as it existed before this Agreement and in its general improvements.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,502,000 (one million five hundred and two thousand yuan), inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,120,000; implementation and interfaces CNY 286,000; data migration CNY 74,000; training CNY 22,000.
P:4.2 The Buyer shall pay the Contract Price in three instalments: (a) 20% within 20 Business Days after signature of this Agreement and receipt of an advance-payment guarantee from a bank acceptable to the Buyer; (b) 45% within 20 Business Days after Go-Live; and (c) 35% within 20 Business Days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 After installation and configuration, the Vendor shall perform system tests and deliver the test reports. The Buyer shall then carry out user acceptance testing with the Vendor's support.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 operate as documented; (b) migrated open shipments and master data reconcile with the legacy system record by record, with any differences explained and corrected; (c) each interface runs for ten consecutive Business Days without an unresolved error; (d) the Software supports 200 concurrent users with an average screen response below two seconds; and (e) no Severity 1 or Severity 2 defect is open at the end of a parallel run of 30 days.
P:5.3 When the criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten Business Days. If the criteria are not met, the Vendor shall correct the defects and the relevant tests shall be repeated. Go-Live, productive use of the Software or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with their documentation for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply new versions and provide remote and on-site support free of charge.
P:6.2 Severity 1 means the Software is unavailable or a core function (booking, documentation or billing) cannot be used at any branch. Severity 2 means a major function is impaired with a workaround.
P:6.3 The Vendor shall respond to a Severity 1 incident within one hour, around the clock, and restore service within eight hours; respond to a Severity 2 incident within two hours during business hours and resolve it within three Business Days; and respond to a Severity 3 matter within one Business Day.
P:6.4 If the Vendor misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay. If the Vendor misses a Severity 2 resolution time, it shall pay CNY 300 for each Business Day of delay. The Buyer may deduct these amounts from any payment due.
P:6.5 After the warranty period, the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 123,200 per support year, and shall not be increased for the first three support years. Support covers the services in Articles 6.1 and 6.3. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep, analyse or disclose it for any other purpose, including in aggregated or anonymised form.
P:7.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and bastion host with individual accounts, and only after the Buyer approves each session. No Buyer Data may be transferred outside mainland China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:7.3 The Vendor shall notify the Buyer within six hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall take immediate measures to contain it, and shall be liable for all losses, fines and costs caused by its breach of this Article.
H:Article 8 Intellectual Property in Custom Deliverables
P:8.1 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, and may have them maintained by third parties.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including business plans, customer lists, tariffs and technical information, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation does not apply to information that is public, independently developed or required to be disclosed by law, and continues for three years after this Agreement ends.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Annex 3 for reasons not attributable to the Buyer, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 7 and 9, infringement of intellectual property rights, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. Where the Buyer consents, the Vendor remains fully responsible for the subcontractor's performance and for its compliance with Articles 7 and 9.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if the delay damages reach the maximum in Article 10.1.
P:12.2 On termination under Article 12.1 the Vendor shall refund the amounts paid for work not accepted, and the Buyer may keep and use the Software and any Custom Deliverables already delivered.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Kenya.
P:13.2 Any dispute arising out of this Agreement that the parties cannot settle within 30 days shall be referred to arbitration under the rules of the Nairobi Centre for International Arbitration. The seat of arbitration is Nairobi and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, together with its Annexes, is the entire agreement between the parties on its subject matter. It may be amended only in writing signed by both parties.
P:14.2 This Agreement is executed in English in two originals, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:Annex 1: Software modules and user licences. Annex 2: Statement of Work. Annex 3: Project plan. Annex 4: Bank details.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# FieldLoop Order Form and General Terms

**Order Form No.** FL-OF-2026-0117

**Provider:** FieldLoop Technologies Limited, Plot 14 Kira Road, Kololo, Kampala, Uganda ("Provider")

**Customer:** Shenzhen Lumina Consumer Electronics Co., Ltd., Nanshan District, Shenzhen, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Service

Provider will make available to Customer the FieldLoop distributor and field-sales platform (the "Service"), a hosted software service used to manage distributors, sub-dealers, field-sales visits, stock at distributor warehouses, sell-out reporting and trade promotions. Customer will use the Service for its consumer-electronics distribution business in Kenya, Uganda, Tanzania and Rwanda, managed from its head office in Shenzhen.

The Service includes the modules Distributor Management, Field Visits, Stock and Sell-Out, Promotions, and the Analytics add-on, for 186 named users, with the mobile application for Android and iOS and the web console in English and Simplified Chinese.

### A2. Subscription Term

The Subscription Term starts on the Subscription Start Date, 1 June 2026, and runs for two Subscription Years. "Subscription Year" means each period of consecutive months starting on the Subscription Start Date or on its anniversary.

### A3. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription | 186 named users x CNY 1,150 per user per Subscription Year | 213,900 | 213,900 | 427,800 |
| Analytics add-on | flat fee per Subscription Year | 38,400 | 38,400 | 76,800 |
| Onboarding services | one-time fixed fee | 32,400 | - | 32,400 |
| Total |  | 284,700 | 252,300 | 537,000 |

The total fees for the Subscription Term are CNY 537,000, inclusive of applicable taxes. Additional named users may be added at CNY 1,150 per user per Subscription Year, prorated by month.

### A4. Invoicing and Payment

1. Subscription and add-on fees are invoiced annually at the start of each Subscription Year and are payable within 30 days of the invoice date.
2. The onboarding fee is invoiced after Go-Live Acceptance under A6 and is payable within 30 days of the invoice date.
3. All payments are made in CNY by bank transfer to the account stated on the invoice. Provider will issue valid invoices (fapiao) through its appointed billing agent in Shenzhen.

### A5. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. For each renewal term, Provider may increase the fees by up to 9% over the fees of the preceding Subscription Year by notifying Customer at least 75 days before the renewal date.

### A6. Onboarding and Go-Live Acceptance

1. Provider will configure the Service for Customer's distributor hierarchy, import Customer's product catalogue (about 1,300 items), distributor and outlet master data and opening stock, set up the four country price lists, connect the Service to Customer's ERP by the interface described in the onboarding plan, and train 20 key users who will train the other users.
2. The target Go-Live date is 31 July 2026.
3. Go-Live Acceptance requires that: (a) imported master data and opening stock reconcile with Customer's ERP extract; (b) orders and sell-out data flow between the Service and the ERP for ten consecutive business days without unresolved errors; (c) the mobile application works offline and synchronises within five minutes after connection is restored; and (d) the 20 key users have completed training. Customer will confirm Go-Live Acceptance in writing within five business days after Provider shows that these criteria are met. Use of the Service in production alone does not constitute Go-Live Acceptance.
4. If Go-Live Acceptance is not achieved by the target date for reasons attributable to Provider, Provider will pay Customer CNY 400 for each day of delay, up to CNY 20,000 in total.

**Hosting.** The Service is hosted by Provider on the cloud platform of its hosting provider, in the region stated in the onboarding plan.

## Part B - General Terms

### 1. Use of the Service

1.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its internal business purposes and those of its affiliates.

1.2 Customer is responsible for its users' compliance with this Agreement and for keeping their login credentials to themselves.

1.3 Customer will not resell the Service, attempt to reverse engineer it or use it to build a competing product.

### 2. Service Levels

2.1 Provider will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 East Africa Time.

2.2 Support is available by e-mail, portal and telephone. Provider will respond to Severity 1 incidents (the Service is unavailable or orders cannot be entered by most users) within 30 minutes at any time, to Severity 2 incidents within two business hours, and to Severity 3 requests within one business day.

2.3 If the monthly availability falls below the commitment in 2.1, Customer will receive a service credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point, or part of it, below the commitment, up to 50% of that monthly amount. Service credits are deducted from the next invoice or, at the end of the Subscription Term, paid to Customer.

2.4 Provider will send Customer a monthly service report showing availability, incidents and credits.

### 3. Customer Data

3.1 "Customer Data" means all data entered into the Service by or for Customer, including distributor, outlet, order, stock and sales data, and the personal information of Customer's users and of distributor staff.

3.2 Customer Data belongs to Customer. Provider will process Customer Data only to provide the Service and support to Customer under this Agreement and will not sell it or use it for any other purpose.

3.3 During the Subscription Term and for 30 days after it ends, Customer may export all Customer Data in CSV format. After that period, Provider will delete Customer Data from the Service.

### 4. Customer Configurations

Reports, dashboards, workflows and interface mappings built by Provider specifically for Customer during onboarding ("Customer Configurations") belong to Customer, and Customer may use, copy, modify and have them used by third parties freely. The Service itself and Provider's general know-how remain Provider's property.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information it receives from the other party in connection with this Agreement, including pricing, distributor terms, product plans and the terms of this Agreement, and will use it only to perform this Agreement.

5.2 A party may disclose confidential information to its employees and professional advisers who need to know it and are bound by similar obligations, or where required by law. These obligations continue for three years after the Agreement ends.

### 6. Subcontracting

Provider will not subcontract the performance of the Service or the onboarding services to any third party without Customer's prior written consent, except for the hosting provider referred to in Part A, which Customer approves by signing this Order Form. Provider remains responsible for the work of any approved subcontractor.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

7.2 If the Service does not conform to this warranty, Provider will correct the non-conformity at no extra charge.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

8.2 Each party's aggregate liability arising out of or in connection with this Agreement is limited to the fees paid and payable by Customer under this Order Form in the six months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to personal injury, fraud or either party's wilful misconduct.

### 9. Term and Termination

9.1 This Agreement continues until the end of the Subscription Term and any renewal term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.3 If Customer terminates under 9.2, Provider will refund the prepaid fees for the remainder of the Subscription Term. If Provider terminates under 9.2 because Customer has not paid undisputed fees, the fees for the remainder of the current Subscription Year remain payable.

9.4 On termination, Customer's right to use the Service ends, and clause 3.3 applies.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute that the parties cannot resolve by negotiation within 30 days will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The language of the arbitration is English.

### 11. General

11.1 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate as part of a reorganisation.

11.2 Notices must be in writing and sent to the addresses in Part A or to the e-mail addresses notified by each party.

11.3 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

**Signed for Provider:** ____________________  Name / Title / Date

**Signed for Customer:** ____________________  Name / Title / Date
"""
E03 = """T:Supply Contract for Cold-Room Monitoring Sensors and Monitoring Software
P:Contract No. HXL-PUR-2026-0093
P:Buyer: Hangzhou Xianlian Cold Chain Logistics Co., Ltd., Xiaoshan District, Hangzhou, People's Republic of China (the "Buyer").
P:Supplier: Thousand Hills Sensing Ltd., Kigali Innovation City, Gasabo District, Kigali, Rwanda (the "Supplier").
P:The Buyer operates fourteen cold-storage warehouses and a refrigerated distribution fleet for fresh produce, dairy and pharmaceuticals. It has selected the Supplier, after a competitive tender, to supply wireless temperature and humidity sensors, gateways and a perpetual licence of monitoring software, and to install, calibrate and integrate them. This Contract is made on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the ColdSight monitoring software, licensed under clause 8, with its documentation and updates.
P:1.3 "Deliverables" means the Equipment, the Software, the configuration, the WMS interface, the calibration certificates and all documents to be delivered under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 6.3.
P:1.5 "Working Day" means a working day in mainland China.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 420 wireless sensors and 36 gateways in the Buyer's cold rooms, freezer rooms and loading docks at the sites listed in Annex A, install the Software on the Buyer's servers, configure alarm rules, escalation lists and reports for each site, and integrate the Software with the Buyer's warehouse management system (WMS).
P:2.2 Each sensor shall measure temperature from -40 C to +60 C with an accuracy of +/-0.3 C and relative humidity with an accuracy of +/-2% RH, shall record readings every minute, and shall store at least 30 days of readings locally if the connection is lost.
P:2.3 The Software shall display readings in real time, raise alarms by SMS, telephone call and WeChat message, keep all readings online for at least three years, and produce temperature records suitable for GSP and GMP audits.
P:2.4 The Supplier shall provide calibration certificates for every sensor issued by a laboratory accredited by CNAS or by an ILAC signatory body.
H:3. Price
P:3.1 The Contract Price is CNY 1,306,000, inclusive of VAT, duties, freight to site, insurance, installation and all other costs of the Supplier, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|1,380|579,600
TB:2|LoRa / 4G gateway|36|6,400|230,400
TB:3|ColdSight monitoring software, perpetual licence|1|268,000|268,000
TB:|Equipment and Software subtotal|||1,078,000
TB:4|Installation, commissioning and calibration|1 lot|126,000|126,000
TB:5|WMS interface|1 lot|88,000|88,000
TB:6|Training|1 lot|14,000|14,000
TB:|Contract Price|||1,306,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or for any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 Working Days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 Working Days after all Equipment has been delivered and installed at all sites. The signed delivery and installation record confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 Working Days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment DDP to the Buyer's sites within 60 days after signature and complete installation and configuration within 100 days after signature.
P:5.2 The Supplier is the importer of record, shall obtain the required radio type approval (SRRC) and CCC or other certifications for the Equipment, and shall bear all import formalities and costs.
P:5.3 Installation work in operating cold rooms shall follow the Buyer's site rules, including rules on cold protection, food safety and working at height, and shall be scheduled so that stored goods are not put at risk.
H:6. Acceptance
P:6.1 After installation, the Supplier shall run a trial operation of 30 days across all sites.
P:6.2 The acceptance criteria are: (a) every sensor reports to the Software throughout the trial operation, with no more than two missing readings per sensor in any day; (b) a spot check of 10% of sensors against a reference thermometer shows deviations within +/-0.3 C; (c) alarms reach the listed recipients within 60 seconds in tests at each site; (d) readings appear in the WMS within two minutes; and (e) all calibration certificates, drawings, manuals and the interface documentation have been delivered.
P:6.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten Working Days. If not, the Supplier shall correct the defects within 15 days and the tests shall be repeated. Delivery, installation, the start of the trial operation or any use of the Deliverables does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, supply sensor batteries that fail, correct Software defects and provide updates free of charge, and shall recalibrate all sensors once in each warranty year.
P:7.2 Fault levels and response times are set out in the table below.
TB:Level|Description|Response|Resolution
TB:Level 1|The Software is down, or a site has lost monitoring|30 minutes|Remote restoration in 3 hours; on site within 24 hours
TB:Level 2|Several sensors or one gateway fail at a site|2 hours|Replacement within 48 hours
TB:Level 3|Single sensor fault or query|1 Working Day|5 Working Days
P:7.3 For each hour by which the Supplier exceeds a Level 1 response or remote restoration time, the Supplier shall pay the Buyer CNY 500, and for each day by which it exceeds a Level 2 replacement time, CNY 300. The Buyer may deduct these amounts from any sum due.
P:7.4 After the warranty period, the Supplier shall, if the Buyer so orders, provide maintenance and support on the terms of clause 7.1 for an annual fee of 8% of the Equipment and Software subtotal, that is CNY 86,240 per year, which shall not be increased for the first two maintenance years. Maintenance is ordered by the Buyer year by year and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for its own operations and those of its affiliates at any number of sites.
P:8.2 The WMS interface, the alarm rules, site configurations and report templates made for the Buyer belong to the Buyer, and the Supplier shall deliver their source code and files. The Buyer may use, modify and license them freely and may have them maintained by third parties.
H:9. Data Security
P:9.1 All readings, alarms, site layouts and other data collected by the Equipment or held in the Software are the Buyer's data. The Supplier shall use them only to perform this Contract and shall not copy, keep or use them for any other purpose, including in aggregated form.
P:9.2 Gateways shall send data only to the Buyer's servers, over encrypted connections. The Supplier shall access the Buyer's systems only through remote sessions approved by the Buyer each time, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within six hours, shall take measures to limit the harm, and shall compensate the Buyer for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stock and operations that it obtains under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in clauses 5.1 and 6, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, infringement of intellectual property, breach of clauses 9 and 10, and wilful misconduct, which is unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier intends to use a local installation company in Hangzhou and shall submit its name and qualifications for the Buyer's approval. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum under clause 11.1.
P:13.2 On termination under clause 13.1, the Supplier shall refund the amounts paid for Deliverables that have not been accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitral award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese. Both versions have equal force.
P:15.2 Annex A (Site list) and Annex B (Technical specification) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed Service Desk and End-User Support Agreement

**Agreement No.** MSA-XJ-2026-07

**Customer:** Hunan Xiangjian Engineering Group Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China ("Customer")

**Provider:** Kilwa Digital Services Limited, Msasani Peninsula, Dar es Salaam, Tanzania ("Provider")

**Background.** Customer runs engineering and construction projects from its head office in Changsha and from project offices in China, East Africa and the Middle East. Customer wishes to outsource its IT service desk and end-user device support to Provider, which operates a bilingual (English and Chinese) service centre in Dar es Salaam and field engineers through partners in each region. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the transfer of the service desk from Customer's current arrangements to Provider, ending with Transition Acceptance under Section 4.

1.5 "Customer Data" means all data of Customer, its employees, clients and projects that Provider receives or can access in providing the Services, including ticket records, user directory data and data on end-user devices.

1.6 "Service Commencement Date" means the day after Transition Acceptance.

## Section 2. Term

2.1 This Agreement starts on the date of signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. The parties may agree an extension in writing at least 90 days before the end of the Term.

## Section 3. Services

3.1 Provider shall provide the Services in Schedule 1 for about 1,400 users and their laptops, desktops, mobile devices and printers at the sites listed in the service description.

3.2 Provider shall provide the Services in accordance with ITIL practices, using Customer's IT service management tool, and shall keep all tickets, knowledge articles and configuration records in that tool.

3.3 Provider shall appoint a service delivery manager responsible for the Services, who shall attend a monthly service review with Customer and deliver a monthly report on Service Level performance, ticket volumes, trends and improvement actions.

## Section 4. Transition

4.1 Provider shall complete the Transition within 75 days after the date of signature, following the transition plan agreed by the parties within 15 days after signature.

4.2 Transition Acceptance requires that: (a) all open tickets have been taken over and are visible in the service management tool; (b) at least 150 knowledge articles covering the top ticket categories have been written and approved by Customer; (c) Provider's agents have handled live tickets in parallel with Customer's current team for ten consecutive working days, meeting the Service Levels for Priority 1 and Priority 2 tickets; and (d) escalation contacts and field-support arrangements are confirmed for every site. Customer shall confirm Transition Acceptance in writing when these criteria are met. Handling live tickets during the parallel run does not by itself constitute Transition Acceptance.

4.3 If Transition Acceptance is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000 in total.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value over the Term is CNY 2,190,000, inclusive of VAT.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears from the Service Commencement Date. Customer shall pay each correct invoice within 30 days of receipt.

5.3 Service Credits are deducted from the invoice for the month after the month in which they arise.

5.4 The Charges are fixed for the Term. Volumes within a band of 10% above or below 1,400 users do not change the monthly charge; outside that band the monthly charge is adjusted pro rata per user.

## Section 6. Customer Data and Data Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Services and shall not use it for any other purpose, including in aggregated or anonymised form.

6.2 Provider shall access Customer's systems only through Customer's virtual desktop environment with multi-factor authentication. Customer Data shall remain in Customer's systems; Provider shall not store it on its own systems or download it to local devices.

6.3 Provider shall hold an ISO/IEC 27001 certificate for its service centre throughout the Term, shall screen its personnel, and shall comply with the Personal Information Protection Law, the Data Security Law and Customer's information security policies.

6.4 Provider shall report any actual or suspected unauthorised access to Customer Data within two hours, shall cooperate with Customer's investigation, and shall be liable for the losses, fines and costs resulting from its breach of this Section.

## Section 7. Intellectual Property

Knowledge articles, scripts, runbooks and reports produced by Provider for Customer under this Agreement belong to Customer on creation, and Customer may use, modify and license them freely, including to a successor provider. Provider keeps its own tools and general know-how.

## Section 8. Confidentiality

Each party shall keep confidential the non-public information it receives from the other party under this Agreement and shall not disclose it to third parties without prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of this Agreement.

## Section 9. Subcontracting

Provider may subcontract any part of the Services, including on-site field support, to its affiliates or to third parties by giving Customer written notice of the subcontractor's name and the services concerned at least ten working days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 125% of the total contract value in Section 5.1.

10.2 The limit in 10.1 does not apply to breach of Section 6 or Section 8, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

## Section 11. Remedies and Termination

11.1 Customer's remedies for Provider's failure to meet the Service Levels are the Service Credits in Schedule 2 and, where the failure also causes Customer loss exceeding the Service Credits, damages under Section 10.

11.2 Customer may not terminate this Agreement for breach by Provider before the end of the Term. Customer's remedies for any breach by Provider are Service Credits, the delay damages in 4.3 and damages under Section 10.

11.3 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent or ceases business.

11.4 Provider may suspend the Services if undisputed Charges remain unpaid for more than 45 days after written notice.

11.5 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the monthly charge, hand over all knowledge articles and records and cooperate with any successor provider.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The language of the arbitration is English.

## Section 13. General

13.1 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties about the Services. It may be amended only in writing signed by both parties.

13.2 Notices shall be in writing and sent to the addresses above.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail, portal and WeChat, in English and Chinese; logging, classification and first-line resolution | 24 x 7 |
| Remote desktop support | Second-line support for devices, Office, e-mail, VPN and engineering applications | 07:00-23:00 China time, seven days |
| On-site field support | Deskside support at Changsha head office and project offices, through Provider or approved field partners | Working hours at each site |
| Device lifecycle | Imaging, deployment, moves, returns and secure wiping of laptops and desktops | Working days |
| Problem management | Root-cause analysis of repeated incidents and monthly problem review | Working days |

## Schedule 2 - Service Levels and Service Credits

| Measure | Target | Service Credit for each month the target is missed |
|---|---|---|
| Priority 1 incident response (site or business-critical application down) | 15 minutes | 3% of the monthly charge |
| Priority 1 incident resolution or workaround | 3 hours | 3% of the monthly charge |
| Priority 2 incident response | 1 hour | 2% of the monthly charge |
| Telephone calls answered within 60 seconds | 90% of calls | 2% of the monthly charge |
| First-contact resolution at the service desk | 70% of tickets | 1% of the monthly charge |
| User satisfaction survey score | 4.3 out of 5 | 1% of the monthly charge |

Total Service Credits in a month are limited to 12% of the monthly charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, invoiced after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 58,500 per month for 36 months, monthly in arrears | 2,106,000 |
| Total contract value | | 2,190,000 |

**Signed for Customer:** ____________________

**Signed for Provider:** ____________________
"""
E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. HBD-SH-2026-022

BETWEEN

(1) Highland Bean Data PLC, a company registered in Ethiopia, Bole Sub-City, Addis Ababa ("Provider"); and

(2) Shanghai Yunshan Coffee Trading Co., Ltd., a company registered in the People's Republic of China, Jing'an District, Shanghai ("Customer").

BACKGROUND

Provider collects and publishes market data on green coffee, including auction and export prices, grading results, export volumes, shipping schedules and weather indicators for coffee-growing regions in Ethiopia, Kenya, Uganda, Rwanda and Tanzania. Customer imports green coffee into China and wishes to receive Provider's data through Provider's application programming interface (API) for use in its purchasing, pricing and risk-management systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the data sets described in Annex 1, as updated by Provider from time to time, delivered through the API or as file downloads.

1.2 "API" means Provider's interface through which Customer's systems retrieve the Data, with its documentation.

1.3 "Customer Inputs" means the information that Customer or its systems submit to Provider, including API queries, watch lists of lots and exporters, purchase volumes and prices that Customer uploads for benchmarking, and user account details.

1.4 "Custom Extracts" means data extracts, calculated indices and report templates that Provider prepares specifically for Customer at Customer's request.

1.5 "Subscription Year" means the period from 1 July 2026 to 30 June 2027 (Subscription Year 1) and the period from 1 July 2027 to 30 June 2028 (Subscription Year 2).

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the Data through the API and to use the Data within its own business and that of its affiliates in mainland China, for up to 25 named users and three connected systems.

2.2 Customer may store the Data in its own systems, create internal reports and analyses from it, and show extracts of it to its own customers in quotations and contracts, provided that Customer does not resell or publish the Data as such.

2.3 Provider shall update the price and auction data at least once every business day in Addis Ababa and the other data at the frequencies stated in Annex 1.

2.4 Provider may change the format of the Data or the API by giving at least 60 days' notice, and shall keep the previous API version available for at least 90 days after a change.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 348,000;
(b) subscription fee for Subscription Year 2: CNY 348,000;
(c) one-time integration and set-up fee: CNY 26,000.
The total fees under this Agreement are CNY 722,000, inclusive of applicable taxes.

3.2 Provider shall invoice each Subscription Year's fee at the start of that Subscription Year. Customer shall pay each invoice within 30 days after receipt.

3.3 Provider shall invoice the integration and set-up fee after Integration Acceptance under clause 4. Customer shall pay it within 30 days after receipt.

3.4 All amounts are payable in CNY. Provider shall arrange for valid tax invoices to be issued in China through its billing agent.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall provide API credentials, a test environment and technical assistance so that Customer's purchasing system and risk dashboard can retrieve the Data, and shall load the historical data described in Annex 1 (daily prices from 2019 onwards) into Customer's data warehouse.

4.2 Integration Acceptance requires that: (a) all API endpoints listed in Annex 1 return data in the documented formats; (b) the historical load reconciles with Provider's published records for a sample of 200 dates chosen by Customer; (c) daily updates arrive in Customer's systems for ten consecutive business days without missing fields; and (d) Customer's users have received two training sessions. Customer shall confirm Integration Acceptance in writing within five business days after these criteria are met.

4.4 Customer shall provide a named technical contact and access to its test environment during integration.

4.3 Provider shall achieve Integration Acceptance by 15 August 2026. If it fails to do so for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and the Data up to date. Provider does not commit to any particular availability level, response time or resolution time, and no service credits apply.

5.2 Customer may submit support requests by e-mail to Provider's support desk in Addis Ababa, which is staffed during business hours in Ethiopia. Provider will handle support requests in the order in which they are received.

5.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance on its status page.

5.4 Provider shall inform Customer by e-mail of any interruption of the API of which it becomes aware.

6. DATA QUALITY

6.1 Provider shall compile the Data with reasonable skill and care from the sources described in Annex 1 and shall correct any error that Customer reports as soon as practicable.

6.2 Customer acknowledges that market data may contain errors or delays and that purchasing decisions remain Customer's own responsibility.

6.3 Provider shall publish a methodology note for each data set and shall inform Customer in advance of any material change in its sources or methodology.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer.

7.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form to compile benchmark indices, to improve the Data and Provider's products, and to include them in data sets that Provider supplies to its other customers, during and after the term of this Agreement. Provider shall not identify Customer as the source.

8. DATA SECURITY

8.1 Provider shall protect Customer Inputs and user account details with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and access logging, and shall comply with the Personal Information Protection Law of the People's Republic of China for any personal information of Customer's users.

8.2 Provider shall notify Customer within 48 hours after becoming aware of any unauthorised access to or disclosure of Customer Inputs, shall take prompt measures to contain it, and shall be liable for losses that Customer suffers as a result of Provider's failure to comply with this clause.

9. CUSTOM EXTRACTS

Custom Extracts prepared for Customer belong to Customer, and Customer may use, modify and license them freely. The underlying Data remains subject to clause 2.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information it receives from the other under this Agreement, including the terms of this Agreement, Customer's purchasing plans and Provider's source lists, and shall not disclose it to any third party without the other party's prior written consent.

10.2 This clause does not apply to information that is or becomes public other than through breach of this Agreement, and it continues for three years after this Agreement ends.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of profit or trading losses.

11.2 Each party's total liability under this Agreement is limited to twice the total fees in clause 3.1, except for liability for breach of clause 8 or clause 10, fraud or wilful misconduct.

12. SUBCONTRACTING

Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent. Provider remains responsible for the acts of its approved subcontractors.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

13.3 If Customer terminates under clause 13.2, Provider shall refund the fees paid for the remainder of the current Subscription Year.

13.4 On expiry or termination, Customer may keep and continue to use the Data received before that date for its internal records, and Provider shall delete Customer's account details within 30 days.

13.5 Clauses 7, 8, 10 and 11 survive expiry or termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent.

15.2 Notices shall be in writing and sent by courier or e-mail to the addresses notified by each party.

15.3 This Agreement, with Annex 1 (Data sets, API endpoints and update frequencies), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

15.4 This Agreement is made in English. A Chinese translation may be prepared for Customer's internal use; the English text prevails.

Signed for Provider: ____________________   Date: __________

Signed for Customer: ____________________   Date: __________
"""

# ---------------------------------------------------------------- design: labels, expected rules, TCO
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

T, F, N = True, False, None
#          file stem, ext, lang, category, value, price parts (must sum to value)
D = {
 "z01": dict(stem="h608z01_commerce_bureau_trade_statistics_platform", ext="pdf", lang="zh", cat="software",
             value=1872000, parts=[980000, 726000, 132000, 34000],
             terms=[99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9.5, F, T, F, "PRC", "goods_or_licence"],
             sla=T, ld=T, deemed=F, capped=T, tco=dict(base=980000, fee_pct=9.5, warranty=24), split=[20, 45, 35],
             rules=[]),
 "z02": dict(stem="h608z02_fertiliser_granulation_line_control_retrofit", ext="docx", lang="zh", cat="hardware",
             value=1670000, parts=[612000, 324000, 96000, 168000, 214000, 146000, 92000, 18000],
             terms=[N, 0.5, T, "buyer", T, T, T, 0.1, 60, 20, T, T, 24, 7.5, F, T, T, "PRC", "goods_or_licence"],
             sla=T, ld=T, deemed=F, capped=T, tco=dict(base=1414000, fee_pct=7.5, warranty=24), split=[20, 50, 25, 5],
             rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "z03": dict(stem="h608z03_shoe_chain_inventory_membership_saas", ext="txt", lang="zh", cat="cloud",
             value=689000, parts=[90 * 2880 * 2, 46000 * 2, 78600],
             terms=[99.5, 0.25, T, "buyer", T, F, T, 600 / 689000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", "service"],
             sla=T, ld=T, deemed=F, capped=None, tco=None, split=[],
             rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": dict(stem="h608z04_hrss_employment_system_annual_om", ext="txt", lang="zh", cat="services",
             value=586000, parts=[336000, 118000, 72000, 60000],
             terms=[N, 0.25, F, "buyer", T, T, F, N, N, N, T, N, N, N, F, T, F, "PRC", "service"],
             sla=T, ld=F, deemed=F, capped=None, tco=None, split=[],
             rules=["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
 "z05": dict(stem="h608z05_tea_factory_processing_line_software_supplier_template", ext="md", lang="zh",
             cat="software", value=1380000, parts=[900000, 386000, 94000],
             terms=[N, 8, F, "supplier", T, T, T, 0.02, N, 55, F, F, 6, 28, F, T, N, "PRC", "goods_or_licence"],
             sla=T, ld=T, deemed=T, capped=T, tco=dict(base=900000, fee_pct=28, warranty=6), split=[55, 45],
             rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                    "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": dict(stem="h608e01_freight_software_perpetual_licence_nairobi_vendor", ext="pdf", lang="en", cat="software",
             value=1502000, parts=[1120000, 286000, 74000, 22000],
             terms=[N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "Kenya", "goods_or_licence"],
             sla=T, ld=T, deemed=F, capped=T, tco=dict(base=1120000, fee_pct=11, warranty=18), split=[20, 45, 35],
             rules=["CR-GOVERNING-LAW"]),
 "e02": dict(stem="h608e02_distributor_sales_saas_order_form_kampala_vendor", ext="md", lang="en", cat="cloud",
             value=537000, parts=[186 * 1150 * 2, 38400 * 2, 32400],
             terms=[99.95, 0.5, T, "buyer", F, T, T, 400 / 537000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F, "PRC",
                    "service"],
             sla=T, ld=T, deemed=F, capped=None, tco=None, split=[],
             rules=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "e03": dict(stem="h608e03_cold_room_sensors_monitoring_licence_kigali_supplier", ext="docx", lang="en",
             cat="hardware", value=1306000, parts=[420 * 1380, 36 * 6400, 268000, 126000, 88000, 14000],
             terms=[N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"],
             sla=T, ld=T, deemed=F, capped=T, tco=dict(base=1078000, fee_pct=8, warranty=36), split=[10, 55, 35],
             rules=[]),
 "e04": dict(stem="h608e04_managed_service_desk_36_months_dar_es_salaam_provider", ext="md", lang="en",
             cat="services", value=2190000, parts=[84000, 58500 * 36],
             terms=[N, 0.25, T, "buyer", T, T, T, 1800 / 2190000 * 100, 125, N, T, N, N, N, F, F, T, "PRC", "service"],
             sla=T, ld=T, deemed=F, capped=None, tco=None, split=[],
             rules=["CR-SUBCONTRACT", "CR-TERMINATION"]),
 "e05": dict(stem="h608e05_coffee_market_data_api_subscription_addis_ababa", ext="txt", lang="en", cat="cloud",
             value=722000, parts=[348000, 348000, 26000],
             terms=[N, N, F, "buyer", T, F, T, 500 / 722000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", "service"],
             sla=F, ld=T, deemed=F, capped=None, tco=None, split=[],
             rules=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high", "e01": "low", "e02": "high",
        "e03": "low", "e04": "medium", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
HORIZON = 5


def tco_share(d):
    t = d["tco"]
    if not t:
        return None
    fee = t["base"] * t["fee_pct"] / 100
    post_years = max(0.0, HORIZON - t["warranty"] / 12)
    post = fee * post_years
    return post / (d["value"] + post) * 100


def derive(d):
    """Rules from the label, read with policy §3."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
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


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    d = D[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": d["stem"] + "." + d["ext"], "language": d["lang"], "category": d["cat"],
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------- threshold figures in text
NUM = r"(?<![0-9.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"99\.90*(?![0-9])",
    NUM + r"0?\.050*(?![0-9])", r"万分之五(?![十0-9])", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"4\s*-?\s*(?:个)?\s*(?:hours?|hrs?|h(?![a-z])|小时)", r"(?<![a-z-])four\s*-?\s*hours?",
    r"(?<![十二三四五六七八九])四\s*(?:个)?\s*小时",
    NUM + r"12\s*-?\s*(?:months?|个月|个自然月)", r"(?<![a-z-])twelve\s*-?\s*months?", r"十二\s*个\s*月",
    r"(?<![十第每0-9])(?:一|1)\s*年(?!度)", r"(?<![a-z-])(?:one|1)\s*-?\s*years?(?![a-z])",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"(?<![a-z-])one\s*hundred\s*(?:percent|per\s*cent)",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty\s*(?:percent|per\s*cent)",
    r"三成",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?<![a-z-])fifteen\s*(?:percent|per\s*cent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty\s*(?:percent|per\s*cent)",
    NUM + r"5\s*-?\s*(?:years?|年(?!度))", r"(?<![a-z-])five\s*-?\s*years?", r"(?<![十0-9〇零])五\s*年",
    NUM + r"60\s*-?\s*(?:months?|个月)", r"六十\s*个\s*月", r"(?<![a-z-])sixty\s*-?\s*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "万分之五", "4 hours", "4小时", "四小时", "4-hour", "four hours",
            "12 months", "十二个月", "twelve months", "一年", "1 year", "one year", "100%", "百分之百", "100 per cent",
            "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十", "five years", "5年",
            "五年", "60 months", "六十个月"]
MUST_MISS = ["99.95%", "99.5%", "0.5%", "0.08%", "0.055%", "10.05", "24 hours", "24小时", "二十四小时",
             "twenty-four hours", "14 hours", "1.4 hours", "112 months", "36 months", "一个服务年度", "2025年",
             "150%", "130%", "1,100%", "十五日", "百分之三十五", "百分之四十五", "15 days", "45%", "115%",
             "one Subscription Year", "每个维护年度", "Plot 14 Kira Road", "4.3 out of 5", "5 Working Days"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    targets = {}
    for key, d in D.items():
        assert sum(d["parts"]) == d["value"], key
        assert not d["split"] or sum(d["split"]) == 100, key
        assert not set(d["split"]) & {30, 15, 40, 100, 12, 4}, key
        name = d["stem"] + "." + d["ext"]
        if d["ext"] in ("docx", "pdf"):
            targets[key] = (name, d["ext"])
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)

    covered = set()
    for key, d in D.items():
        lab = label(key)
        t = lab["expected_terms"]
        assert list(t) == TERM_KEYS
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        s = tco_share(d)
        assert s is None or abs(s - 40) > 2, (key, s)
        got = derive(d)
        assert got == sorted(d["rules"]), (key, got, d["rules"])
        assert risk_of(got) == RISK[key], (key, risk_of(got))
        covered |= set(got)
        (OUT / (d["stem"] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        path = OUT / lab["file"]
        text = read_back(path)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        print("%s %-70s %5d %s %s %s" % (key, lab["file"], n, RISK[key],
                                         "TCO %.1f%%" % s if s is not None else "", ", ".join(got) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; labels, lengths and threshold scans OK")
