"""holdout438: builds ten blind, ORDINARY draft contracts, their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources below are my own text. .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True));
.txt/.md are written as they are. The script then reads every built file back, measures its length,
scans it (and every source) for threshold figures, derives each draft's rules from its label by my own
reading of policy.md section 3, and asserts that the derived rules equal the design list and cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
H438Z01 = """T:云岭县防返贫动态监测平台建设项目政府采购合同
P:采购项目编号：YLZC-2026-0317　合同编号：YLXZ-HT-2026-021
P:甲方（采购人）：云岭县乡村振兴局　地址：云岭县城关镇振兴路18号
P:乙方（供应商）：湖南禾信数智科技有限公司　地址：长沙市岳麓区麓谷大道627号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就云岭县防返贫动态监测平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供防返贫监测平台软件永久使用许可，并按甲方需求完成监测预警、帮扶台账、入户走访移动端等模块的定制开发，完成与民政、医保、教育、住建、人社等部门数据的对接及历史数据迁移，负责部署、培训和质保期内的技术服务。
P:1.2 平台部署在甲方指定的县级政务云，覆盖全县14个乡镇、186个行政村，支持不少于800名网格员、帮扶干部同时在线使用。
P:1.3 乙方应组建不少于8人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾伍万元整（¥1,950,000），为固定总价，已含税费、差旅、安装调试及一切相关费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（软件许可小计）|680,000
TB:2|定制开发（监测预警模型、帮扶台账、移动端）|920,000
TB:3|部门数据对接及历史数据迁移|216,000
TB:4|部署实施|98,000
TB:5|培训（县、乡、村三级）|36,000
TB:合计||1,950,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后20个工作日内，甲方支付合同总价的20%作为预付款，即¥390,000。
P:3.2 平台上线试运行满30日并通过初验后，甲方支付合同总价的45%，即¥877,500。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥682,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票，甲方按财政资金支付程序办理付款。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后120日内完成部署并上线试运行，试运行期为60日。
P:4.2 终验标准：（1）功能全部符合招标文件技术需求及双方确认的需求规格说明书；（2）与各部门接口数据逐项比对无差异，预警规则计算结果经甲方抽查无差错；（3）在800名用户并发下，常用页面响应时间不超过3秒；（4）通过第三方安全测评及网络安全等级保护测评；（5）试运行期间未发生一级故障；（6）源代码、操作手册、运维手册已移交。
P:4.3 甲方在收到乙方终验申请后15个工作日内组织验收，并出具书面验收报告；不合格的，乙方应在10日内整改后重新申请验收。平台上线、试运行、甲方使用或支付款项，均不视为验收合格。
P:4.4 乙方应在终验前向甲方移交需求规格说明书、数据库设计说明、接口说明、部署手册、操作手册、运维手册、全部源代码及编译说明，并对甲方指定的2名技术人员进行源代码讲解，确保其能够独立完成编译、部署和日常配置。
P:4.5 培训分县、乡、村三级进行：县级管理员集中培训不少于3日，乡镇业务人员不少于2日，网格员采用集中授课与视频教程相结合的方式。培训教材、视频教程归甲方使用，乙方应保证培训后网格员能够独立完成入户走访信息录入和预警核实。
H:第五条 质保与维护
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策规则调整和技术支持。
P:5.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可小计的10%（即不超过¥68,000），且质保期满后前三个服务年度内不上调。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.2 一级故障（平台整体不可用或监测预警无法生成）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、1个工作日内解决；三级故障3个工作日内解决。
P:6.3 乙方每迟延响应或恢复1小时，甲方可从应付款项中扣减¥1,000；月可用率每低于约定值0.01个百分点，扣减¥2,000。
H:第七条 数据安全
P:7.1 平台内的监测对象信息、家庭收入、帮扶记录等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:7.2 乙方应落实网络安全等级保护要求，对个人信息加密存储、最小授权访问，远程运维须经甲方审批并通过堡垒机进行，全程操作留痕。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、监测对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 本项目定制开发的程序、源代码、模型规则和文档的知识产权归甲方所有，乙方应在终验时移交，甲方可自行修改、使用或委托第三方维护。
P:9.2 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期上线或逾期通过终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:12.2 合同解除后，乙方应在15日内移交已完成的全部成果、源代码和甲方数据，并配合甲方完成平台迁移。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云岭县乡村振兴局　乙方（盖章）：湖南禾信数智科技有限公司
P:授权代表：__________　授权代表：__________
P:签订日期：2026年4月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, price table)
H438Z02 = """T:挂面生产线控制系统改造及维保合同
P:合同编号：MSY-SB-2026-009
P:甲方（买方）：河南麦穗源食品有限公司
P:乙方（卖方）：郑州博控自动化工程有限公司
P:甲方二号、三号挂面生产线的和面、压延、烘干、切断及包装工段控制系统老化，故障频繁。经询价比选，甲方确定由乙方承担控制系统改造及后续维保工作。双方依据《中华人民共和国民法典》，订立本合同。
H:一、改造范围
P:（一）更换两条生产线的PLC控制系统、伺服驱动及电机、触摸屏，改造烘干房温湿度控制，安装产线监控软件，实现配方下发、工艺参数记录和故障报警。
P:（二）乙方负责设备供货、程序编制、安装接线、联调试车和操作培训。改造须利用甲方计划停产检修期分线实施，每条线停产不超过10日。
H:二、合同价款
P:（一）合同总价为人民币壹佰零肆万壹仟元整（¥1,041,000），含税、含运输及安装调试。明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含CPU、IO模块、控制柜）|2套|186,000|372,000
TB:2|伺服驱动器及伺服电机|24套|9,800|235,200
TB:3|触摸屏（HMI）|6台|12,500|75,000
TB:4|烘干房温湿度传感器及控制单元|1批|128,400|128,400
TB:5|产线监控软件许可|1套|96,000|96,000
TB:|软硬件小计|||906,600
TB:6|程序编制、安装调试|1项|118,000|118,000
TB:7|操作及维护培训|1项|16,400|16,400
TB:|合计|||1,041,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款（¥208,200）。
P:（二）设备到货并安装完毕后，甲方支付合同总价的45%（¥468,450）；到货签收及安装不代表质量验收。
P:（三）两条线均通过最终验收后，甲方支付合同总价的35%（¥364,350）。
P:（四）甲方负责提供停产窗口、施工用电和设备基础，并指派设备部负责人配合。乙方现场人员应遵守甲方食品生产车间卫生管理制度，进入车间须穿戴洁净工作服、发帽和鞋套，严禁携带玻璃制品和易碎物品进入生产区域，施工结束后清理现场并经甲方品控部检查合格后方可复产。
P:（五）乙方应在改造前提交实施方案，说明拆除、接线、程序调试和复产步骤及回退措施，经甲方确认后实施；因乙方原因导致停产期超过约定的，超出部分按第九条第（一）项计算违约金。
H:四、交货与验收
P:（一）乙方应于合同签订后45日内将设备运抵甲方厂区，并于甲方通知停产之日起10日内完成单条线改造。
P:（二）验收标准：（1）设备型号、数量与本合同一致；（2）两条线分别连续满负荷运行72小时无停机故障；（3）烘干房温度控制偏差不超过±1℃、湿度偏差不超过±3%RH；（4）切断长度偏差不超过±2毫米；（5）配方下发、参数记录、报警功能全部正常；（6）程序备份和图纸已移交。
P:（三）达到上述标准后双方签署验收报告。试车、投产或付款均不视为验收合格。
H:五、质保与维保
P:（一）质保期为二十四个月，自最终验收之日起计算。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:（二）质保期满后，乙方按年提供维保服务（巡检、备件更换、程序维护），年度维保费为软硬件小计的9%，即¥81,594，质保期满后三个服务年度内不上调，是否续签由甲方决定。
P:（三）故障响应：一级故障（整条生产线停机）乙方应在1小时内响应、6小时内到场；二级故障（单台设备故障，产线可降速运行）8小时内响应、次日到场。
P:（四）乙方未按上述时限响应或到场的，每迟延1小时向甲方支付¥800。
P:（五）质保期内乙方每季度对两条生产线控制系统巡检一次，内容包括控制柜除尘紧固、伺服参数核对、传感器校准、程序备份比对和报警记录分析，巡检后向甲方提交书面报告。
P:（六）乙方应在甲方厂区存放常用备件（伺服驱动器、IO模块、触摸屏各不少于1件），备件清单经甲方确认；使用后乙方应在7日内补齐。
H:六、数据与网络安全
P:（一）生产配方、工艺参数、产量及质量数据归甲方所有，乙方不得复制、带离或用于其他用途。
P:（二）乙方远程维护须经甲方设备部逐次批准，使用甲方提供的专用账号，操作结束后立即关闭通道；乙方人员不得在控制系统中安装与本项目无关的软件。
P:（三）因乙方原因造成数据泄露、程序被篡改或控制系统遭受网络攻击的，乙方应在2小时内告知甲方，协助处置，并承担相应损失。
P:（四）乙方应对改造后的控制系统划分独立网段，关闭不必要的端口和服务，为每名操作人员设置独立账号和权限，并在验收时向甲方移交全部账号和口令清单；甲方修改口令后，乙方不得保留任何可绕过甲方管理的访问方式。
P:（五）乙方应为控制系统配置操作日志和报警记录的本地存储，保存时间不少于180日，供甲方质量追溯和事故分析使用。
H:七、保密
P:甲乙双方对在合作中获知的对方技术信息和经营信息负有保密义务，特别是甲方的配方和工艺参数，未经对方书面同意不得披露。本条在合同终止后继续有效。
H:八、知识产权
P:为本项目编写的PLC程序、触摸屏画面、监控组态及相关图纸归甲方所有，乙方应移交源程序且不得设置密码锁定；甲方可自行修改或交由第三方维护。外购设备及监控软件的知识产权属原厂所有，甲方享有永久使用权。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:（一）乙方可将现场电气安装和桥架敷设工作交由其合作的安装单位实施，但应提前3个工作日书面告知甲方；乙方对安装单位的工作质量和安全负责。
P:（二）乙方选定的安装单位应具备电气安装资质，其人员须持有效电工证上岗；安装单位的施工安全由乙方统一管理，发生安全事故的由乙方承担责任。
H:十一、合同解除
P:乙方交付的设备或改造结果严重不符合约定，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院起诉。
H:十三、其他
P:（一）乙方应为甲方操作工、班组长和电工分别开展培训，内容包括触摸屏操作、配方管理、常见报警处理、伺服和PLC的基本维护，培训不少于4个班次，每班次不少于半天，培训后进行考核。
P:（二）乙方应移交电气原理图、接线图、IO分配表、程序备份、设备说明书和备件清单各两套，其中电子版一套。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、改造实施方案。
P:甲方（盖章）：河南麦穗源食品有限公司　乙方（盖章）：郑州博控自动化工程有限公司
P:代表签字：__________　代表签字：__________　日期：2026年5月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1, SaaS + 实施)
H438Z03 = """排课及学员管理系统（SaaS）订阅及实施服务合同

合同编号：MQ-IT-2026-033
甲方（客户）：广州码趣少儿编程教育科技有限公司
乙方（服务商）：深圳云课帮软件有限公司

鉴于甲方在广州、佛山、东莞经营21家少儿编程培训校区，需要统一的排课、学员、课消及家长沟通系统；乙方提供“云课帮”SaaS服务并具备实施能力。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方21家校区开通“云课帮”机构版SaaS服务，包括排课与教室管理、学员档案、课时消耗、教师课酬、家长端小程序和经营报表，账号数量不设上限。
1.2 乙方负责实施服务：将甲方现有表格及旧系统中的学员、合同、剩余课时数据迁移至本系统，按甲方课程体系完成配置，培训各校区主管及教务人员，并按附件开发三张定制报表。
1.3 服务期为三个服务年度，自上线验收通过之日起算；第一个服务年度自上线验收通过之日起至次年同日的前一日止，以后各服务年度依此类推。

2. 费用
2.1 订阅费每个服务年度人民币186,900元（21家校区，每校区8,900元），三个服务年度合计560,700元。
2.2 实施费为一次性费用人民币48,000元。
2.3 本合同总金额为人民币608,700元。新增校区按每校区每服务年度8,900元按月折算，另行结算。

3. 付款
3.1 实施费在上线验收通过后15个工作日内支付。
3.2 订阅费按季度在每季度结束后15个工作日内支付，每季度46,725元。
3.3 甲方不向乙方支付任何预付款。乙方收款前应开具增值税专用发票。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成数据迁移、配置和培训，具备上线条件。
4.2 上线验收标准：（1）21家校区全部开通，学员、合同、剩余课时数据与甲方确认的迁移清单逐条核对一致；（2）排课冲突检查、课消扣减、课酬计算按甲方规则运行正确；（3）三张定制报表数据与抽样手工核算一致；（4）上线后连续10个工作日无一级故障。
4.3 甲方在收到乙方申请后5个工作日内完成验收并书面确认。开通账号或甲方开始使用，不视为验收通过。
4.4 乙方未能在约定时间具备上线条件的，每逾期一日向甲方支付违约金600元；逾期超过20日的，甲方有权解除合同。

4.5 乙方应指定一名实施经理全程负责，每周向甲方提交实施进度报告；迁移前应提交数据映射表，经甲方教务总监确认后方可正式迁移。
4.6 迁移完成后，乙方应按校区逐一出具学员余课核对表，由校区主管签字确认；核对中发现差异的，乙方应在2个工作日内查明原因并修正。

5. 服务水平
5.1 乙方承诺系统月可用率不低于99.5%。计划内维护应安排在凌晨0点至6点，并提前48小时通知甲方。
5.2 一级故障（系统无法登录、排课或课消功能不可用）乙方应在30分钟内响应、3小时内恢复；二级故障2小时内响应、1个工作日内解决；一般问题在2个工作日内答复。
5.3 月可用率低于承诺值的，按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的20%给予抵扣。一级故障超时未恢复的，每超时1小时抵扣500元。抵扣额从下一期订阅费中扣除。

5.4 乙方每季度至少发布一次功能更新，涉及排课、课消或课酬计算规则变化的，应提前15日通知甲方并提供测试环境，未经甲方确认不得在甲方账号中启用。
5.5 乙方应为甲方提供专属客户成功经理，每月回访一次，每季度向甲方提交系统使用分析报告（使用情况、未使用功能、改进建议），报告仅基于甲方自身数据编制并仅提供给甲方。

6. 数据安全与数据归属
6.1 甲方上传或在使用中产生的学员、家长、教师信息及经营数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
6.2 学员多为未成年人，乙方应按《个人信息保护法》《未成年人网络保护条例》处理其信息：数据存储于中国境内，传输及存储加密，员工按最小权限访问并留存日志，每年进行一次以上安全评估（乙方已取得等保三级备案）。
6.3 发生数据泄露等安全事件的，乙方应在2小时内通知甲方，配合甲方向监管部门报告和通知家长；因乙方原因导致的，乙方承担全部赔偿责任，包括甲方因此承担的罚款和赔偿。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除。

6.5 乙方应为家长端小程序的支付、退费和课时变动提供完整的操作日志，保存期限不少于三年，供甲方审计和处理家长投诉使用。

6.6 乙方应每日对甲方数据进行备份，备份数据异地存放并保留30日；因乙方原因造成数据丢失的，乙方应从备份中恢复，恢复点不早于丢失前24小时。
6.7 乙方员工访问甲方数据须经甲方运营负责人授权，授权记录及访问日志应按季度提供给甲方核查；乙方不得向第三方出售、出租或共享甲方数据。

7. 保密
双方对因本合同知悉的对方商业信息、课程资料和价格信息负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。

8. 知识产权
“云课帮”平台及其标准功能的知识产权归乙方。为甲方开发的三张定制报表、配置方案及迁移脚本归甲方所有，甲方可自由使用、修改，或交由第三方使用。

8.1 乙方保证所提供的服务和定制报表不侵犯任何第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用和赔偿。

9. 续期
9.1 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
9.2 每次续期时，乙方有权根据其产品价格调整订阅费，上调幅度不超过上一服务年度订阅费的10%，以书面通知甲方的价格为准。

9.3 双方同意不续期的，乙方应按第6.4条导出并移交数据，服务终止前不得降低服务水平或限制账号使用。

10. 分包
乙方不得将本合同项下服务分包给第三方；确需委托第三方实施部分数据迁移工作的，须事先取得甲方书面同意。

11. 违约与解除
11.1 任何一方严重违约，经守约方书面催告后15日内未纠正的，守约方有权解除本合同并要求赔偿损失。
11.2 乙方连续两个月未达到月可用率承诺的，甲方有权解除合同，乙方应退还已支付但未使用期间的费用。

11.3 合同解除或终止的，乙方应按第6.4条导出和删除数据，并按实际服务天数结算订阅费；甲方已支付但未使用期间的订阅费，乙方应在15个工作日内退还。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交广州仲裁委员会仲裁。

13. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：定制报表说明；附件三：数据迁移清单。

甲方（盖章）：广州码趣少儿编程教育科技有限公司
乙方（盖章）：深圳云课帮软件有限公司
签订日期：2026年3月　日
"""

# ---------------------------------------------------------------- z04 (txt, 一、 + （1）, 年度运维, 竞争性磋商)
H438Z04 = """江城机场航班信息显示系统运维服务合同

项目名称：江城国际机场航班信息显示系统2026年度运维服务（竞争性磋商）
合同编号：JCJT-YW-2026-012
甲方：江城机场集团有限公司
乙方：武汉航显信息技术有限公司

甲方通过竞争性磋商确定乙方为本项目成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

一、服务范围
（1）运维对象为江城国际机场T1、T2航站楼及交通中心的航班信息显示系统（以下简称“航显系统”），包括航显服务器6台、显示终端1,420块、LED大屏18块、播控软件及与机场运行数据库的接口。
（2）服务内容包括：7×24小时驻场值守、日常巡检、故障处理、备品备件管理、软件补丁和配置变更、节假日及特殊天气保障、季度系统健康检查和运维报告。
（3）乙方驻场人员不少于9人，其中驻场经理1人，每班不少于2人；人员名单须报甲方备案，更换须经甲方同意。
（4）乙方应建立运维工单、值班日志和变更记录，所有故障自发现到关闭的全过程须在甲方运维管理平台登记，每日交接班时双方值班人员共同签字确认。
（5）遇春运、暑运、重大活动保障及雷雨、大雾、冰雪等特殊天气造成航班大面积延误时，乙方应按甲方通知增派不少于3名技术人员到场值守，直至保障结束，所需费用已包含在合同价款内。
（6）乙方应配合甲方完成航站楼改扩建、登机口调整、新航司进驻等引起的显示终端移位、新增及配置调整，单次不超过20块终端的工作不另行收费。

二、服务期限
（1）服务期自2026年1月1日起至2026年12月31日止。
（2）服务期满，本合同终止；甲方如需继续采购，另行组织采购程序。
（3）服务期届满后，在甲方完成新一轮采购之前，乙方应按甲方书面通知继续提供服务，过渡期不超过3个月，费用按本合同月均服务费（¥115,500）据实结算。

三、合同价款与支付
（1）本合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），含人工、备件、工具、税费及其他一切费用。
（2）服务费按季度支付，每季度¥346,500。甲方在每季度结束并完成季度考核后20个工作日内，按考核结果扣减后支付。
（3）甲方不支付预付款。

四、服务水平与考核
（1）航显系统月可用率不低于99.99%（以航显监控平台统计为准，甲方批准的计划停机除外）。
（2）一级故障（整个航站楼或整个值机区、登机口区航显中断）：15分钟内响应，1小时内恢复；二级故障（单块LED大屏或单个区域显示异常）：15分钟内到场，2小时内恢复；三级故障（单个终端故障）：当班内处理完毕。
（3）航班信息显示与运行数据库的同步延迟不超过10秒。
（4）每季度按附件考核表评分。一级故障超时恢复的，每超时30分钟扣减当季服务费¥3,000；月可用率每低于约定值0.01个百分点，扣减¥5,000；季度考核低于85分的，另扣当季服务费的5%。

五、备品备件
（1）乙方应在服务期开始后15日内完成备件库建设，显示终端备件不少于30块，服务器关键部件各1套。
（2）乙方未按期完成备件库建设或季度健康检查的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（3）备件库中的备件由乙方提供并承担费用，产权归乙方；服务期内因正常损耗更换到系统上的备件，产权转归甲方。乙方应每月盘点备件并向甲方报送备件台账。
（4）显示终端、LED大屏的原厂保修已过期，乙方负责按本合同提供维修；如需原厂返修，由乙方负责联系、送修和承担费用，送修期间应以备件替换，不得影响显示。

六、验收
（1）每季度末双方依据附件考核表、故障记录和运维报告进行季度验收，并签署季度验收单。
（2）服务期满后，乙方提交年度运维总结、配置台账、备件清单和全部文档，经甲方核对无误、系统运行正常后签署年度验收报告。
（3）季度验收不合格的，乙方应在10日内整改，经甲方复核合格后方可办理该季度付款。

七、数据安全
（1）航显系统数据、航班运行数据及运维日志归甲方所有，乙方不得复制、外传或用于本合同以外的任何目的。
（2）乙方应遵守民航网络安全管理规定和甲方信息安全制度：运维操作须通过甲方堡垒机进行，禁止私接外部网络和移动存储介质，变更须经甲方审批。
（3）发生信息安全事件或发现显示被篡改的，乙方应立即处置并在30分钟内报告甲方；因乙方原因造成的，乙方承担全部责任，赔偿甲方及第三方因此遭受的损失。
（4）乙方驻场人员须通过甲方背景审查并取得机场控制区通行证，遵守机场安全保卫、消防及控制区管理规定；因乙方人员违反规定造成甲方被民航主管部门处罚或遭受损失的，由乙方承担。
（5）服务期满或乙方退出时，乙方应在15日内向甲方或甲方指定的后续服务商完成全部资料、账号、口令和备件台账的交接，并删除其掌握的甲方数据副本。

八、知识产权
乙方在服务期内编写的运维脚本、配置文档、巡检报告等成果归甲方所有，甲方可自由使用和修改，或提供给后续服务商使用。
（2）乙方在服务中使用的诊断工具、监控脚本如涉及第三方软件，应保证具有合法授权，因此产生的纠纷由乙方负责。

九、分包
（1）乙方不得将本合同服务分包或转包。
（2）乙方确需临时增派技术人员的，应使用乙方自有员工，并提前报甲方备案。

十、违约责任
（1）乙方违反本合同约定的，除按第四条扣减服务费外，还应赔偿甲方因此遭受的损失。
（2）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

（3）乙方违反第七条造成信息安全事件的，除承担赔偿责任外，每次另向甲方支付违约金¥20,000。
（4）乙方驻场人员数量不足的，每缺1人每日扣减服务费¥800。

十一、合同的履行与解除
（1）为保障机场运行的连续性，服务期内除不可抗力致使合同目的无法实现外，双方均不得解除本合同。
（2）乙方违约的，甲方可按本合同扣减服务费、要求乙方限期整改并赔偿损失，但不得以此为由解除合同；乙方应继续履行至服务期满。
（3）乙方驻场人员在服务期内发生重大失误（如错误显示航班登机口导致旅客误机群体投诉）的，甲方可要求乙方更换相关人员，乙方应在3日内补充同等资质人员。
（4）乙方应购买雇主责任险及公众责任险，保险期间覆盖整个服务期，并在服务期开始前将保单复印件提交甲方备案。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院起诉。

十三、其他
（1）磋商文件、响应文件、成交通知书及附件考核表为本合同组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：江城机场集团有限公司
乙方（盖章）：武汉航显信息技术有限公司
签订日期：2025年12月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H438Z05 = """# 质量追溯系统软件许可及定制开发合同

> 杭州链溯科技有限公司 标准合同文本 V3.0（2026版）

**合同编号：** LS-2026-0415

**甲方（用户）：** 福建柠乡饮品有限公司（柠檬茶饮料生产厂）

**乙方（供应商）：** 杭州链溯科技有限公司

甲方因柠檬茶系列饮料质量追溯管理需要，向乙方采购“链溯”质量追溯系统软件许可及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供“链溯”质量追溯系统软件许可（企业版，永久许可，限甲方漳州工厂使用）。

1.2 乙方按双方确认的需求说明，为甲方定制开发：柠檬原料批次溯源、茶叶及辅料供应商档案、灌装线一瓶一码赋码关联、与甲方MES及ERP系统接口、召回模拟及追溯报表。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 甲方负责提供部署所需的服务器、操作系统、数据库及网络环境，并保证灌装线赋码设备具备数据接口。甲方提供的环境不满足乙方部署要求的，乙方有权暂停实施，交付期相应顺延。

1.5 定制开发范围以双方签字确认的需求说明为准。需求说明确认后甲方提出新增或变更需求的，乙方另行报价，双方签订补充协议后实施。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “链溯”质量追溯系统软件许可（永久） | 640,000 |
| 2 | 定制开发（原料溯源、赋码关联、MES/ERP接口、召回模拟） | 300,000 |
| 3 | 部署实施及培训 | 60,000 |
| | **合计** | **1,000,000** |

合同总价为人民币壹佰万元整（¥1,000,000），含增值税。

2.2 上述价款不含甲方服务器、数据库许可、赋码设备及耗材的费用，也不含乙方人员超出10人日的现场服务费用，现场服务按每人日¥2,800另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥500,000。

3.2 系统上线运行后5个工作日内，甲方支付合同总价剩余的50%，即¥500,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停实施或服务直至付清。

## 第四条 交付

4.1 乙方在收到第3.1条款项后90日内完成部署及定制开发，交付上线。

4.2 因甲方需求变更、甲方现场条件或第三方系统原因导致延误的，交付期相应顺延。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.4 乙方交付的内容包括：软件安装介质、用户手册、接口说明及培训课件。源代码不在交付范围之内。

4.5 甲方应指定项目联系人，及时确认需求、提供基础数据并组织人员参加培训。因甲方未及时配合造成的延误，不视为乙方逾期。

## 第五条 验收

系统部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的问题，由乙方在维护服务中处理。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。维护期内乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或赋码数据无法上传）乙方在8小时内响应，二级故障在2个工作日内响应，并尽合理努力尽快修复。

6.3 乙方对故障响应及修复时间不作保证，不因此承担扣款、赔偿或违约金。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥179,200。

7.2 年度维护服务包括远程支持、缺陷修复和版本升级，现场服务另行计费。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级；甲方此后重新购买维护服务的，应补缴中断期间的维护费。

7.4 维护期及维护服务期内，乙方提供远程支持的时间为工作日9:00至18:00，非工作时间的支持需求，乙方在下一个工作日处理。

## 第八条 知识产权

8.1 “链溯”系统软件及其全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权均归乙方所有；甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入或产生的生产、质量、供应商数据归甲方所有。乙方应采取访问控制、加密传输、数据备份等安全措施，防止数据泄露、丢失或被篡改；发生数据安全事件的，乙方应在24小时内通知甲方，因乙方原因造成的损失由乙方依法承担赔偿责任。

9.2 甲方同意，乙方可将甲方数据经脱敏处理后，用于乙方产品改进、行业质量分析和算法模型训练，该等使用不需另行取得甲方同意，且在合同终止后继续有效。

9.3 甲方应自行负责其服务器、网络及数据库的安全管理和日常备份。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术秘密承担保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

10.2 乙方有权在其官网和宣传资料中将甲方列为客户案例并使用甲方名称，甲方书面提出异议的除外。

## 第十一条 责任限制

乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且乙方不承担任何间接损失、利润损失或数据损失。

11.2 因不可抗力、第三方系统故障、甲方网络或硬件问题、甲方人员误操作引起的系统故障或数据问题，乙方不承担责任，但应协助甲方恢复。

11.3 甲方未按本合同约定付清款项前，乙方交付的软件许可仅为临时许可，乙方有权通过技术手段限制系统部分功能的使用。

11.4 甲方应对乙方提供的软件许可密钥妥善保管，不得超出许可范围安装使用；超出许可范围使用的，甲方应按乙方当时的报价补缴许可费。

## 第十二条 合同解除

一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权解除本合同。

12.2 本合同解除的，乙方已收取的款项不予退还，但乙方应退还与未交付部分相对应的定制开发费。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

13.2 本合同未尽事宜，以乙方官网公布的《链溯产品服务条款》为准；该条款与本合同不一致的，以本合同为准。

13.3 仲裁期间，除争议部分外，双方应继续履行本合同其余部分。

## 第十四条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：福建柠乡饮品有限公司　　乙方（盖章）：杭州链溯科技有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Cyprus vendor, perpetual licences + services)
H438E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MVS-CN-2026-07
P:This Agreement is made between Hohhot Grassland Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Jinqiao Road, Hohhot, Inner Mongolia (the "Customer"), and Meridian Vantage Software Ltd, a company incorporated in the Republic of Cyprus with its registered office at 41 Makarios III Avenue, Limassol, Cyprus (the "Vendor").
P:Background: The Customer operates three cold-chain warehouses for milk powder, yoghurt and cheese and wishes to replace its paper-based stock records with a warehouse management system. The Vendor develops and licenses the Vantage WMS software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Vantage WMS server software, user licences and RF handheld module listed in Article 3, in object code, with its documentation and later versions supplied under support.
P:1.2 "Services" means the implementation, interface development, data migration and training described in Article 2.
P:1.3 "Custom Deliverables" means the ERP interface, the cold-chain temperature reports, the configuration files and scripts prepared by the Vendor for the Customer under this Agreement.
P:1.4 "Final Acceptance" means the written acceptance issued by the Customer under Article 6.
P:1.5 "Support Year" means each annual support period after the warranty, the first one beginning on the day after the warranty ends.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its warehouses in Hohhot, Baotou and Ordos for its own business, on servers owned or rented by the Customer.
P:2.2 The Vendor shall configure the Licensed Software for the Customer's warehouses, develop an interface with the Customer's ERP system, migrate opening stock balances and location data, and train 60 warehouse staff and 6 key users.
P:2.3 The work shall follow the project plan agreed in the kick-off meeting. Go-Live of all three warehouses shall occur within 150 days after signature of this Agreement.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or English and shall be present on site during configuration, go-live and the acceptance tests. The Vendor shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
P:2.5 The Customer shall provide the servers, operating systems, database licences, network access, handheld terminals and key users needed for the project, and shall give the Vendor's staff access to the warehouses in accordance with its hygiene and safety rules for food storage areas.
P:2.6 Each party shall name a contact person for the project. The project managers shall meet every week, by video or on site, to review progress, risks and open issues, and the Vendor shall keep minutes of these meetings.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). They include all taxes, travel and expenses of the Vendor. The total price of this Agreement is CNY 1,280,000 (the "Contract Price"), made up as follows.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Vantage WMS server licence (perpetual)|1|420,000|420,000
TB:Named user licences (perpetual)|80|3,600|288,000
TB:RF handheld module licences (perpetual)|40|2,400|96,000
TB:Licence subtotal|||804,000
TB:Implementation and configuration|1|356,000|356,000
TB:ERP interface development|1|92,000|92,000
TB:Training|1|28,000|28,000
TB:Contract Price|||1,280,000
P:3.2 Additional user or handheld licences ordered during the warranty or a Support Year shall be priced at the unit prices in the table above, and the Licence subtotal for support purposes shall then increase by their price.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 128,000) within 30 days after signature, against the Vendor's invoice and an advance-payment guarantee from a bank in mainland China.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 704,000) within 30 days after Go-Live of all three warehouses. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 448,000) within 30 days after Final Acceptance.
H:Article 5 Delay
P:5.1 If Go-Live of any warehouse is delayed beyond the date in Article 2.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. Payment of liquidated damages does not release the Vendor from completing the work.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests shall be carried out after Go-Live of all three warehouses. The tests require: (a) two consecutive monthly stock counts in each warehouse with no unexplained difference between the system and the physical count; (b) correct first-expiry-first-out picking for all chilled products; (c) the ERP interface transferring all receipts, issues and transfers without manual correction for 20 working days; (d) temperature reports matching the logger records; and (e) delivery of the documentation and source code of the Custom Deliverables.
P:6.2 When the tests are passed, the Customer shall sign a Final Acceptance certificate within 10 working days. Installation, Go-Live, use of the software in production or any payment shall not be regarded as acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation and the agreed specification for 18 months after Final Acceptance. During that period the Vendor shall correct all defects and supply new versions free of charge.
P:7.2 After the warranty the Customer may order annual support. The annual support fee is 11% of the Licence subtotal, i.e. CNY 88,440 per Support Year, and is fixed for the first three Support Years. Any later change requires the written agreement of both parties and may not exceed 3% per Support Year. Support is ordered by purchase order for each Support Year and does not renew automatically.
P:7.3 Severity 1 incidents (a warehouse cannot receive or ship goods) shall be responded to within 1 hour and resolved or worked around within 8 hours, at any time of day. Severity 2 incidents shall be responded to within 2 hours during business hours. For each hour by which the Vendor exceeds the response or resolution time of a Severity 1 incident, the Vendor shall credit the Customer CNY 1,000.
H:Article 8 Data Protection
P:8.1 All data entered into or generated by the Licensed Software, including stock, customer and supplier data, belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 Remote access by the Vendor shall be made only through the Customer's VPN with multi-factor authentication, after approval for each session, and all sessions shall be logged. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC, and shall not transfer any Customer data outside mainland China.
P:8.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer data, take immediate remedial measures, and shall be liable for all losses caused to the Customer by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 10 Intellectual Property
P:10.1 The Licensed Software remains the property of the Vendor.
P:10.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license them freely and may have them maintained by a third party.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price, except for liability under Articles 8 and 9, personal injury and wilful misconduct, which are not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 5 reach their maximum. The Vendor shall then refund payments made for work not accepted.
H:Article 14 Governing Law and Arbitration
P:14.1 This Agreement is governed by the laws of the Republic of Cyprus.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Nicosia, Cyprus, under the Cyprus Arbitration and Mediation Centre rules, in the English language, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement is signed in English and Chinese; both versions are equally valid. It takes effect on signature by both parties.
P:For the Customer: ____________________ Name: ________ Date: ________
P:For the Vendor: ____________________ Name: ________ Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Lebanese vendor, SaaS)
H438E02 = """# ORDER FORM No. CB-CN-0219

**Cedarbyte Retail Cloud SAL** (Beirut, Lebanon) — Cloud Ordering and Loyalty Platform

This Order Form is entered into between **Chengdu Golden Wheat Bakery Chain Co., Ltd.**, 16 Shuangqing Road, Chengdu, Sichuan, PRC ("Customer"), and **Cedarbyte Retail Cloud SAL**, Charles Malek Avenue, Achrafieh, Beirut, Lebanon ("Provider"). It incorporates the General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part 1 — Order details

| Item | Details |
|---|---|
| Service | Cedarbyte Order & Loyalty: online ordering mini-program, member wallet, coupons, store dashboards |
| Stores covered | 64 bakery stores in Chengdu and Chongqing, plus the central kitchen |
| Subscription Term | two Subscription Years from the Subscription Start Date |
| Subscription Start Date | the date of Go-Live Acceptance under clause 4 of the General Terms |
| Hosting | Alibaba Cloud, Chengdu region |
| Currency | CNY, at the Customer's request |

## Part 2 — Fees

| Fee | Amount (CNY) | Billing |
|---|---|---|
| Subscription fee, Subscription Year 1 | 264,000 | quarterly in arrears, CNY 66,000 per quarter |
| Subscription fee, Subscription Year 2 | 264,000 | quarterly in arrears, CNY 66,000 per quarter |
| Onboarding (configuration, menu import, member migration, staff training) | 36,000 | once, on Go-Live Acceptance |
| **Total fees for the Subscription Term** | **564,000** | |

Additional stores are charged at CNY 340 per store per month from the month they are added. No amount is payable before the Subscription Start Date, and invoices are payable within 30 days.

## Part 3 — Service levels

| Measure | Commitment |
|---|---|
| Monthly availability of the ordering and payment functions | 99.95% |
| Priority 1 (ordering or payment down in more than five stores) | response within 30 minutes, restoration within 3 hours |
| Priority 2 (one function degraded) | response within 2 hours, fix within 2 business days |
| Priority 3 (questions, minor defects) | response within 1 business day |

| Monthly availability achieved | Service credit (% of that month's subscription fee) |
|---|---|
| below 99.95% but at least 99.5% | 5% |
| below 99.5% but at least 99.0% | 10% |
| below 99.0% | 25% |

Credits are deducted from the next invoice. A Priority 1 incident not restored within 3 hours earns an additional credit of CNY 800 for each further hour.

**Signed for Customer:** ____________________ **Date:** ________

**Signed for Provider:** ____________________ **Date:** ________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data that Customer or its members enter into or generate in the Service, including member profiles, order history and wallet balances.

1.2 "Subscription Year" means each annual period of the Subscription Term, the first beginning on the Subscription Start Date.

1.3 "Customer Configurations" means the menus, promotion rules, report templates and integration settings created by Provider for Customer.

## 2. The Service

2.1 Provider shall make the Service available to Customer and its stores during the Subscription Term in accordance with the Order Form and these General Terms.

2.2 Provider shall keep the Service compatible with the WeChat mini-program platform and the payment channels listed in the Order Form, and shall give Customer 30 days' notice of any change that affects store operations.

2.3 Provider shall keep the Service compliant with the rules of the payment channels and with the requirements of PRC law on online ordering, member accounts and electronic receipts, and shall update the Service when these rules change, at no extra charge.

2.4 Provider shall provide a support hotline and an online ticket portal in Chinese, staffed every day from 07:00 to 23:00 Beijing time, when the stores are open, and an emergency number outside those hours.

## 3. Onboarding

3.1 Provider shall complete onboarding within 60 days after signature of the Order Form.

3.2 If Go-Live Acceptance is delayed beyond that date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,000.

3.3 Customer shall provide its menu, price lists, store list, member export file and payment-channel merchant numbers within 10 days after signature, and shall make one person in each region available for testing. Delays caused by Customer extend the onboarding period accordingly.

3.4 Provider shall train the store managers and the marketing team of Customer in four remote sessions and provide short training videos in Chinese for store staff.

## 4. Go-Live Acceptance

4.1 Before Go-Live, Provider shall run acceptance tests agreed with Customer, including: (a) orders placed in every store through the mini-program and paid through each payment channel; (b) the migrated member balances reconciled one by one with Customer's export file; (c) coupon and points rules applied correctly in 50 sample transactions; and (d) dashboards showing figures that match the store tills for three consecutive days.

4.2 When the tests are passed Customer shall sign a Go-Live Acceptance certificate. Use of the Service by stores before that certificate is not acceptance.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer and shall not sell it or use it for any other purpose.

5.2 On expiry or termination Provider shall return Customer Data in CSV format within 30 days.

## 6. Customer Configurations

6.1 Customer Configurations belong to Customer, which may use, copy, modify and pass them to any other service provider. The Service software remains Provider's property.

## 6A. Customer Obligations

6A.1 Customer is responsible for the accuracy of the menus, prices and promotion rules it approves, for the conduct of its store staff and for obtaining the consent of its members where the law requires it.

6A.2 Customer shall keep its administrator passwords secret and shall inform Provider without delay if it believes that an account has been misused.

## 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with reasonable care, use it only for the purposes of this agreement and not disclose it to third parties without written consent, during the Subscription Term and for three years thereafter.

7.2 The obligations in this clause do not apply to information that is public through no fault of the receiving party, was already known to it, or must be disclosed by law or by order of a court or regulator, in which case the disclosing party shall inform the other party first where the law allows. Each party may disclose confidential information to its employees and advisers who need it and are bound by equivalent duties.

## 8. Renewal

8.1 The Subscription Term renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

8.2 Provider may increase the subscription fee for any renewal Subscription Year by up to 9% by notice to Customer at least 75 days before that Subscription Year begins.

## 9. Subcontracting

9.1 Provider shall not subcontract the operation of the Service or onboarding work without Customer's prior written consent. The hosting provider named in the Order Form is approved on signature.

## 10. Limitation of Liability

10.1 Provider's total aggregate liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, or loss of profit.

10.3 Each party shall take reasonable steps to mitigate any loss for which it claims compensation from the other party.

## 11. Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing it.

11.2 Customer may also terminate by written notice if monthly availability falls below 99.0% in any two months of a Subscription Year.

11.3 On termination or expiry, Provider shall keep the Service available in read-only mode for 30 days so that Customer can export its data and move its members to another platform, and shall then delete Customer Data from its systems.

11.4 Termination does not affect the payment of fees for the Service provided before termination or the right to credits already earned.

## 12. Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

12.3 Pending the outcome of any dispute, Provider shall continue to provide the Service and Customer shall pay undisputed amounts.

## 13. General

13.1 Notices shall be in writing and sent by courier or e-mail to the addresses in the Order Form. These General Terms may only be amended in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, Jordanian vendor, sensors, buyer's paper)
H438E03 = """T:PURCHASE CONTRACT FOR GREENHOUSE MONITORING SENSORS AND INSTALLATION
P:Contract No. SGA-PC-2026-041
P:Buyer: Shouguang Greenhouse Agriculture Co., Ltd., 9 Shengcheng Street, Shouguang, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Petra AgriSense Technologies LLC, King Abdullah II Street, Amman, Hashemite Kingdom of Jordan (the "Supplier").
P:The Buyer operates 120 vegetable greenhouses on its Luocheng site and intends to monitor climate and soil conditions in each greenhouse from a central control room. Following a competitive quotation, the Buyer has selected the Supplier. This contract is issued on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the climate sensors, soil moisture probes, LoRa gateways, weather stations and the AgriSense monitoring software listed in Section 2 (together the "Equipment"), and train the Buyer's staff.
P:1.2 The Supplier shall also prepare site-specific dashboards, alarm rules and an export interface to the Buyer's irrigation controllers (the "Site Deliverables").
P:1.3 All Equipment shall be new, of the models in the Supplier's quotation of 18 February 2026, suitable for greenhouse humidity and temperature conditions, and carry CE and CCC marks where required.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). They are fixed and include packing, shipment to the site, customs clearance, duties, VAT, installation and all other costs. The total contract price is CNY 1,260,000 (the "Contract Price").
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Greenhouse climate sensors (temperature, humidity, CO2, light)|240|1,850|444,000
TB:2|Soil moisture and EC probes|320|980|313,600
TB:3|LoRa gateways with solar power kit|16|7,600|121,600
TB:4|Automatic weather stations|4|28,500|114,000
TB:5|AgriSense monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||1,089,200
TB:6|Installation, cabling and commissioning|1|138,000|138,000
TB:7|Calibration and training|1|32,800|32,800
TB:|Contract Price|||1,260,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 252,000) is payable within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 45% of the Contract Price (CNY 567,000) is payable within 30 days after all Equipment has been delivered and installed, as confirmed by an installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 441,000) is payable within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Equipment shall be delivered to the site within 75 days after signature, and installation shall be completed within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or installation, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
P:4.3 The Supplier shall pack the Equipment for sea and road transport with protection against humidity and shocks. Each package shall carry the contract number, the item numbers and the greenhouse block for which it is intended.
P:4.4 The Supplier shall supply with the Equipment a packing list, certificates of origin and quality, the calibration certificate of each climate sensor and weather station, and the user and maintenance manuals in Chinese and English.
P:4.5 The Buyer shall provide power outlets at agreed points, access to the greenhouses and a storage room for the Equipment. Installation work shall be coordinated with the Buyer's farm managers so that planting, spraying and harvesting are not disturbed.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor, probe and gateway reports to the monitoring software at its configured interval; (b) a sample of 24 climate sensors and 32 soil probes, chosen by the Buyer, agrees with the Buyer's reference instruments within the tolerances in the Supplier's datasheet; (c) alarms for high temperature, low humidity and gateway loss are triggered and delivered by SMS and on the dashboard in a witnessed test; (d) the export interface transfers readings to the irrigation controllers in all 120 greenhouses; and (e) the system runs for 21 consecutive days without a Severity 1 incident.
P:5.2 When all conditions are met, the Buyer shall issue a Final Acceptance certificate within 7 working days. Delivery, installation, commissioning or use of the Equipment does not constitute acceptance.
P:5.3 If the acceptance tests fail, the Supplier shall correct the defects within 15 days and the failed tests shall be repeated. If the tests fail a second time for reasons attributable to the Supplier, the Buyer may reject the affected Equipment and require its replacement, or terminate this contract under Section 12.
P:5.4 The Buyer's representatives and the Supplier's site manager shall sign a record of each test, including the readings of the reference instruments.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Site Deliverables for 36 months from Final Acceptance. During this period it shall repair or replace any defective item free of charge, including shipping, duties and labour, and shall keep a stock of spare sensors and one spare gateway at the site.
P:6.2 Severity 1 incidents (loss of data from more than ten greenhouses, or loss of the monitoring software) shall be responded to within 2 hours and resolved within 24 hours. Other incidents shall be responded to within one business day and resolved within three business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.4 After the warranty, the Supplier shall offer support and spare-part service at an annual fee of 8% of the Hardware and Licence Subtotal (CNY 87,136), fixed for the first two years after the warranty. Support is ordered by written purchase order and does not renew automatically.
P:6.5 The Supplier shall train eight farm technicians of the Buyer in the operation of the software, the replacement of sensors and batteries and the recalibration of probes, and shall provide training material in Chinese. Training shall be completed before the acceptance tests begin.
H:Section 7 Data
P:7.1 All readings, images, alarm records and crop data collected by the Equipment belong to the Buyer. The Supplier may use them only to perform this contract and shall not copy them, keep them or disclose them.
P:7.2 The monitoring software shall be installed on the Buyer's server at the site. The Supplier shall have remote access only with the Buyer's approval for each session, through an account with multi-factor authentication, and shall keep a log of its access. The gateways shall use encrypted links.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any incident that may compromise the Buyer's data, take remedial action, and compensate the Buyer for losses caused by its breach of this Section 7.
P:7.4 At the end of the warranty, the Supplier shall hand over all administrator accounts and passwords of the software and gateways, and shall confirm in writing that it keeps no copies of the Buyer's data. The Buyer may then change all passwords.
H:Section 8 Confidentiality
P:8.1 The Supplier shall keep confidential all information about the Buyer's site, crops, yields, prices and systems that it receives under this contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the contract ends.
H:Section 9 Intellectual Property
P:9.1 The Site Deliverables, including dashboards, alarm rules and the export interface with its source code, belong to the Buyer, which may use, modify and license them freely.
P:9.2 The AgriSense software and the firmware of the Equipment remain the Supplier's property and are licensed to the Buyer perpetually for use at the site.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, property damage, wilful misconduct or breach of Sections 7 and 8.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the supply or installation without the Buyer's prior written consent. The Supplier remains fully responsible for its approved subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Section 4.2 reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:Section 14 General
P:14.1 This contract is made in English and Chinese, both equally valid, and takes effect on signature by both parties. Annex 1 (technical specification) and Annex 2 (installation plan) form part of it.
P:For the Buyer: ____________________ Date: ________
P:For the Supplier: ____________________ Date: ________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, Saudi vendor, managed service)
H438E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement reference:** NDS-MIS-2026-03

**BETWEEN** Ningbo Harbour Textile Co., Ltd., 77 Yinxian Avenue, Ningbo, Zhejiang, PRC (the "Customer")

**AND** Najd Digital Services Company, King Fahd Road, Al Olaya, Riyadh, Kingdom of Saudi Arabia (the "Provider").

**WHEREAS** the Customer runs its ERP, dyeing-plant control servers and file services in its own server room in Ningbo and wishes to have them monitored, patched, backed up and supported by a managed service provider; and the Provider operates a 24x7 operations centre and a local service team in Ningbo.

**NOW IT IS AGREED** as follows.

## 1. DEFINITIONS

1.1 "Managed Servers" means the 46 physical and virtual servers, 2 storage arrays and the backup system listed in Schedule 1.

1.2 "Services" means monitoring, incident management, patching, backup and restore, capacity reporting and on-site support as described in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance certificate under clause 4.

1.4 "Term" means 24 months from the Service Commencement Date.

## 2. THE SERVICES

2.1 The Provider shall perform the Services during the Term with qualified staff, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall keep at least two engineers in Ningbo available for on-site work during business hours and one on call outside business hours.

2.3 The Provider shall submit a monthly service report showing availability, incidents, changes, backup results and capacity trends.

## 3. CHARGES AND PAYMENT

3.1 At the Customer's request all charges are in Chinese Yuan (CNY). The charges are set out in Schedule 3. The total contract value for the Term is CNY 1,438,000.

3.2 The Transition Fee is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance. Invoices are payable within 30 days of receipt.

## 4. TRANSITION AND SERVICE ACCEPTANCE

4.1 The Provider shall complete transition within 45 days after signature: install monitoring agents, document the Managed Servers, set up backup jobs, and agree runbooks with the Customer.

4.2 Service Acceptance requires: (a) all Managed Servers visible in the monitoring console with agreed thresholds; (b) a successful test restore of the ERP database and of a sample of file shares; (c) runbooks approved by the Customer's IT manager; and (d) a 14-day shadow operation without a missed Priority 1 alert. When these are met the Customer shall sign a Service Acceptance certificate. Starting the monitoring is not acceptance.

4.3 If Service Acceptance is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

4.4 The Customer shall give the Provider the access rights, network connections, documentation and contact persons reasonably needed for transition, and shall inform the Provider of planned changes to its systems at least five business days in advance.

## 5. SERVICE LEVELS AND CREDITS

5.1 The Provider shall meet the service levels in Schedule 2 and pay the service credits set out there. Credits are deducted from the next invoice.

5.2 If availability falls below 98.0% in two consecutive months, the Customer may terminate under clause 11.

5.3 The Provider shall hold a monthly service review with the Customer's IT manager to discuss the service report, open problems, planned changes and improvement actions. Minutes shall be kept by the Provider and approved by the Customer.

5.4 Maintenance windows shall be agreed with the Customer at least three business days in advance and shall not fall on the first three business days of any month, when the Customer closes its accounts.

## 6. CUSTOMER DATA AND SECURITY

6.1 All data on the Managed Servers, all backups, logs and configuration records belong to the Customer. The Provider may use them only to perform the Services.

6.2 The Provider shall access the Managed Servers only through the Customer's jump server with personal accounts and multi-factor authentication. No Customer data may be copied to the Provider's systems or transferred outside mainland China. Backup media remain in the Customer's premises.

6.3 The Provider shall report any security incident affecting the Customer's systems or data within 2 hours, contain it, and compensate the Customer for losses caused by the Provider's breach of this clause 6.

6.4 The Provider shall keep the Customer's backup encryption keys in the Customer's key vault only, shall carry out a restore test every quarter and shall give the Customer the results. Once a year the Customer may audit, itself or through an auditor it appoints, the Provider's compliance with this clause 6.

6.5 At the end of the Term the Provider shall return all credentials, delete any Customer information held in its ticketing system and confirm this in writing.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's network design, passwords and production data, and shall not disclose it without prior written consent. This obligation survives the end of this Agreement.

7.2 The obligations in this clause do not apply to information that is public through no fault of the receiving party or that must be disclosed by law. Each party may share confidential information with its employees, auditors and professional advisers who need it for this Agreement and who are bound by duties of confidentiality no less strict than these, and remains responsible for them.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, documentation and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any successor provider. The Provider's monitoring tools remain its property.

## 9. SUBCONTRACTING

9.1 The Provider may engage subcontractors, including local field-service companies in Zhejiang, for any part of the Services by giving the Customer written notice at least 10 days before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 10. LIABILITY

10.1 The Provider's total liability under this Agreement shall not exceed 150% of the total contract value, except for breach of clauses 6 and 7, personal injury and wilful misconduct.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after written notice, or in the case described in clause 5.2.

11.3 On termination or expiry the Provider shall hand over all documentation and assist the Customer or its new provider for up to 30 days at no extra charge.

11.4 The Provider's staff working at the Customer's premises shall follow the Customer's safety and security rules, including the rules for the dyeing plant, and may be removed from the site at the Customer's reasonable request.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## SCHEDULE 1 — SCOPE

| Service element | Description |
|---|---|
| Monitoring | 24x7 monitoring of availability, CPU, memory, disk, services and backup jobs |
| Incident management | Logging, diagnosis and resolution of incidents, escalation to hardware vendors |
| Patching | Monthly operating-system patching in agreed windows, emergency patches within 72 hours |
| Backup and restore | Daily backups, weekly off-line copy, quarterly restore test |
| On-site support | Two engineers in Ningbo during business hours, one on call outside them |

## SCHEDULE 2 — SERVICE LEVELS

| Measure | Level |
|---|---|
| Monthly availability of the Managed Servers (excluding agreed maintenance windows) | 99.5% |
| Priority 1 (ERP or plant-control server down) | response within 15 minutes, restoration within 3 hours |
| Priority 2 (one service degraded, no production stop) | response within 1 hour, restoration within 8 hours |
| Priority 3 (minor issue or request) | response within 1 business day |
| Backup success rate per month | at least 99% of scheduled jobs |

| Service credit | Amount |
|---|---|
| Availability below 99.5% | 5% of that month's Monthly Service Charge for each 0.5 point or part of it |
| Priority 1 response or restoration late | CNY 1,000 per hour of delay |
| Backup success rate below 99% | 3% of that month's Monthly Service Charge |

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| Transition Fee (one-off) | 46,000 |
| Monthly Service Charge | 58,000 |
| Monthly Service Charges for the Term (24 months) | 1,392,000 |
| Total contract value | 1,438,000 |

**Signed for the Customer:** ____________________

**Signed for the Provider:** ____________________
"""

# ---------------------------------------------------------------- e05 (txt, numbered clauses, Israeli vendor, data API subscription)
H438E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: GF-CN-2026-118

Provider: GalilField Analytics Ltd., 12 Ha'Atsmaut Road, Haifa, Israel ("Provider").
Customer: Anhui Fengshou Fertiliser Co., Ltd., 230 Changjiang West Road, Hefei, Anhui, People's Republic of China ("Customer").

Background: Provider operates a satellite crop-monitoring platform and delivers vegetation indices, soil-moisture estimates and crop-stage data through an application programming interface (the "API"). Customer sells fertiliser to farms and cooperatives in Anhui and Henan and wishes to use the data in its agronomy advisory app. The parties agree as follows.

1. DEFINITIONS
1.1 "Subscription Year" means each annual period of the Subscription Term, the first beginning on the Start Date.
1.2 "Start Date" means the date on which Customer confirms Onboarding Acceptance under clause 5.
1.3 "Subscription Term" means two Subscription Years from the Start Date.
1.4 "Customer Inputs" means field boundaries, farm names, crop plans and any other data that Customer or its users submit to the API.
1.5 "Custom Index" means the fertiliser-timing index that Provider develops for Customer under clause 3.2.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to display the results in Customer's advisory app to Customer's farmer users in mainland China.
2.2 The subscription covers the counties listed in Schedule 1 (36 counties in Anhui and Henan), up to 2,000,000 API calls per Subscription Year, and access to the historical archive from 2019.
2.3 Customer shall not resell raw API data as a data product of its own.

2.4 Customer shall keep its API keys secret, shall be responsible for the use of the API through its keys, and shall inform Provider without delay if a key may have been compromised, so that Provider can revoke it and issue a new one.
2.5 Customer may show Provider's name and logo in its advisory app as the source of the satellite data, in the form set out in the documentation.

3. ONBOARDING AND CUSTOM INDEX
3.1 Provider shall provide API keys, documentation, a test environment and two remote workshops for Customer's developers.
3.2 Provider shall develop a Custom Index that combines its crop-stage data with Customer's product recommendations for wheat, rice and maize, and deliver it as an API endpoint with its method description.

3.3 Provider shall deliver the Custom Index within 90 days after signature. Customer shall provide the product recommendations, sample fields and historical yield data that Provider reasonably needs, and the parties shall hold a review meeting after the first draft of the method description.
3.4 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous version available during that notice period so that Customer can adapt its app.

4. FEES AND PAYMENT
4.1 At Customer's request all fees are in Chinese Yuan (CNY). The subscription fee is CNY 204,000 per Subscription Year, CNY 408,000 for the Subscription Term. Onboarding and the Custom Index are included in that fee.
4.2 The subscription fee is invoiced quarterly in arrears, CNY 51,000 per quarter. Invoices are payable within 30 days. No amount is payable before the Start Date.
4.3 API calls above the annual volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4.4 Fees are stated exclusive of value-added tax, which Customer shall pay in addition against a valid tax invoice issued by Provider's authorised reseller in mainland China. Each party bears its own bank charges.
4.5 Customer may withhold any amount that it disputes in good faith, with a written explanation, until the dispute is resolved; undisputed amounts remain payable.

5. ONBOARDING ACCEPTANCE
5.1 Onboarding Acceptance requires that: (a) the API returns data for every county in Schedule 1, with all fields listed in Schedule 2; (b) the historical archive for 2019 onwards is available for those counties; (c) the Custom Index is delivered and its results for 30 sample fields chosen by Customer agree with the method description; and (d) the documentation and test environment have been provided.
5.2 Customer shall test within 10 business days after Provider notifies readiness and shall confirm Onboarding Acceptance in writing or list the failed items, which Provider shall correct before retesting. Issuing API keys is not acceptance.

6. SERVICE AND SUPPORT
6.1 Provider will use commercially reasonable efforts to keep the API available and to refresh the data as satellite imagery permits. Scheduled maintenance will be announced on Provider's status page.
6.2 Support is provided by e-mail during Provider's business hours (Sunday to Thursday, 09:00 to 17:00 Israel time). Provider will handle support requests in the order received.
6.3 Data is derived from satellite imagery and models, and cloud cover can delay updates. Provider does not guarantee any particular refresh time, accuracy or response time.

6.4 Provider shall keep release notes for each change to the API and make them available to Customer's developers, and shall keep the documentation up to date in English.
6.5 Customer may report errors in the data through the support mailbox. Provider will review reported errors and correct them where it agrees that the data is wrong, in its next regular update.

7. CUSTOMER INPUTS AND DATA SECURITY
7.1 Customer Inputs belong to Customer. Provider shall use them only to provide the API to Customer and shall not use them for any other purpose, including for its own models or for other customers, during or after the Subscription Term.
7.2 Provider shall store Customer Inputs in encrypted form on servers located in the Hong Kong region of its cloud provider, restrict access to named staff with multi-factor authentication, and keep access logs for at least six months.
7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, cooperate in dealing with it, and be liable for the losses that Customer suffers as a result of a breach of this clause 7 by Provider.
7.4 Within 30 days after the end of the Subscription Term, Provider shall delete all Customer Inputs and confirm the deletion in writing.

7.5 Provider shall inform Customer of the hosting provider and region used for Customer Inputs and shall not change them without Customer's prior written consent.

8. INTELLECTUAL PROPERTY
8.1 Provider retains all rights in the API, its satellite data products and its models.
8.2 The Custom Index, its method description and the results it produces for Customer belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

8.3 Provider warrants that it has the rights needed to license the API data to Customer for the purpose in clause 2.1, including the rights in the satellite imagery on which the data is based.
8.4 Customer may keep and use the results received through the API during the Subscription Term in its own records and reports after the Subscription Term, but may not use them to build a competing data product.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public business and technical information and shall not disclose it to third parties without prior written consent, during the Subscription Term and for three years thereafter.

9.2 These obligations do not apply to information that is public through no fault of the receiving party or that must be disclosed by law, and each party may share confidential information with its employees and advisers who need to know it and are bound by similar duties.

10. LIABILITY
10.1 Neither party is liable for indirect or consequential loss or loss of profit. Provider does not exclude or limit its liability under clause 7.3.

10.2 Each party shall indemnify the other against third-party claims arising from its breach of the other party's intellectual property rights, provided that the other party gives prompt notice of the claim and reasonable cooperation.

11. SUBCONTRACTING
11.1 Provider shall not subcontract the development of the Custom Index or the handling of Customer Inputs without Customer's prior written consent. Provider's cloud hosting provider named in Schedule 3 is approved on signature.

12. TERM, RENEWAL AND TERMINATION
12.1 This Agreement ends at the end of the Subscription Term. Any further Subscription Year requires a new written order; there is no automatic renewal.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. On termination by Customer for Provider's breach, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

14. GENERAL
14.1 This Agreement, with Schedule 1 (covered counties), Schedule 2 (API fields) and Schedule 3 (hosting), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

Signed for Provider: ____________________ Name: ________ Date: ________
Signed for Customer: ____________________ Name: ________ Date: ________
"""

# ---------------------------------------------------------------- files
NAMES = {
    "h438z01": ("h438z01_rural_revitalisation_poverty_monitoring_platform.pdf", "pdf", H438Z01),
    "h438z02": ("h438z02_noodle_line_control_retrofit_maintenance.docx", "docx", H438Z02),
    "h438z03": ("h438z03_coding_school_chain_scheduling_saas.txt", "txt", H438Z03),
    "h438z04": ("h438z04_airport_flight_display_annual_om.txt", "txt", H438Z04),
    "h438z05": ("h438z05_lemon_tea_traceability_supplier_template.md", "md", H438Z05),
    "h438e01": ("h438e01_dairy_wms_perpetual_licence_cyprus_vendor.pdf", "pdf", H438E01),
    "h438e02": ("h438e02_bakery_ordering_saas_order_form_lebanon_vendor.md", "md", H438E02),
    "h438e03": ("h438e03_greenhouse_sensors_jordan_supplier.docx", "docx", H438E03),
    "h438e04": ("h438e04_textile_managed_infrastructure_saudi_provider.md", "md", H438E04),
    "h438e05": ("h438e05_fertiliser_crop_data_api_israel_provider.txt", "txt", H438E05),
}
SOURCES = {k: v[2] for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in NAMES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------- labels
T, F, N = True, False, None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, capped (goods only), deemed, value)
RAW = {
    "h438z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 10, F, T, F, "PRC", G],
                T, T, T, F, 1950000),
    "h438z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 9, F, T, T, "PRC", G],
                T, T, T, F, 1041000),
    "h438z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 600 / 608700 * 100, N, N, T, N, N, N, T, T, F, "PRC", S],
                T, T, None, F, 608700),
    "h438z04": ("services", [99.99, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
                T, T, None, F, 1386000),
    "h438z05": ("software", [N, 8, F, "supplier", T, F, T, 0.02, 20, 50, F, F, 6, 28, F, T, N, "PRC", G],
                T, T, T, T, 1000000),
    "h438e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 18, 11, F, T, F, "Cyprus", G],
                T, T, T, F, 1280000),
    "h438e02": ("cloud", [99.95, 0.5, T, "buyer", F, T, T, 500 / 564000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                          "PRC", S], T, T, None, F, 564000),
    "h438e03": ("hardware", [N, 2, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 36, 8, F, T, F, "PRC", G],
                T, T, T, F, 1260000),
    "h438e04": ("services", [99.5, 0.25, T, "buyer", T, T, T, 900 / 1438000 * 100, 150, N, T, N, N, N, F, T, T,
                             "PRC", S], T, T, None, F, 1438000),
    "h438e05": ("cloud", [N, N, F, "buyer", T, T, T, N, N, N, T, N, N, N, F, T, F, "PRC", S],
                F, F, None, F, 408000),
}
# facts that are not label keys but that my rule reading needs
FORUM_MAINLAND = {k: True for k in RAW} | {"h438e01": False}
FEE_BASE = {"h438z01": 680000, "h438z02": 906600, "h438z05": 640000, "h438e01": 804000, "h438e03": 1089200}
DESIGN = {  # the design list, written before the labels
    "h438z01": [],
    "h438z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h438z03": ["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"],
    "h438z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h438z05": ["CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-WARRANTY",
                "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY",
                "CR-LIABILITY-CAP", "CR-LD-LOW"],
    "h438e01": ["CR-GOVERNING-LAW"],
    "h438e02": ["CR-DATA-SECURITY", "CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h438e03": [],
    "h438e04": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h438e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-LD-MISSING"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, value, base):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive_rules(key, lab):
    """My own reading of policy.md section 3 (no project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and x["post_warranty_fee_capped"] and tco_share(t, x["contract_value"], FEE_BASE[key]) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not FORUM_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def build_label(key):
    cat, vals, sla, lds, capped, deemed, value = RAW[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": NAMES[key][0], "language": "zh" if key[4] == "z" else "en", "category": cat,
           "expected_terms": terms, "expected_extra": extra}
    lab["expected_rules"] = derive_rules(key, lab)
    return lab


# ---------------------------------------------------------------- threshold figures (digits, Chinese numerals, words)
NUMBEFORE = r"(?<![\d.,])"
THRESH = [
    ("availability 99.9", NUMBEFORE + r"99\.9(?!\d)\s*[%％]|百分之九十九点九(?![\d一二三四五六七八九])"),
    ("P1 4 h", NUMBEFORE + r"4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)|(?<![十\d])四\s*(?:个)?小时|\bfour[\s-]*hours?\b|"
     + NUMBEFORE + r"240\s*(?:分钟|minutes?\b)|二百四十分钟"),
    ("LD 0.05", NUMBEFORE + r"0\.05(?!\d)\s*[%％]|万分之五(?![十\d])|千分之零点五"),
    ("cap 100", NUMBEFORE + r"100(?:\.0+)?\s*[%％]|百分之百|百分之一百|\bone hundred per ?cent"),
    ("prepayment 30", NUMBEFORE + r"30(?:\.0+)?\s*[%％]|百分之三十(?![一二三四五六七八九点])|三成|\bthirty per ?cent"),
    ("warranty 12 months", NUMBEFORE + r"12\s*个\s*月|(?<![年\d.,])12\s*月(?!\s*\d{1,2}\s*日)|" + NUMBEFORE + r"12[\s-]*months?\b|十二个月|\btwelve[\s-]*months?\b|"
     + r"一年|\bone[\s-]*year\b|" + NUMBEFORE + r"1\s*年(?!度)|" + NUMBEFORE + r"1[\s-]*years?\b"),
    ("fee 15", NUMBEFORE + r"15(?:\.0+)?\s*[%％]|百分之十五(?![点])|\bfifteen per ?cent"),
    ("TCO 40", NUMBEFORE + r"40(?:\.0+)?\s*[%％]|百分之四十(?![一二三四五六七八九点])|四成|\bforty per ?cent"),
    ("horizon 5 years", NUMBEFORE + r"5\s*年(?!度)|(?<![十])五年|\bfive[\s-]*years?\b|" + NUMBEFORE + r"5[\s-]*years?\b|"
     + NUMBEFORE + r"60\s*(?:个)?月|" + NUMBEFORE + r"60[\s-]*months?\b|六十个月"),
]
THRESH_RE = [(n, re.compile(p, re.I)) for n, p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "Subscription Year", "130%", "1.5%", "0.055%", "14 hours", "112 months", "35%", "45%",
             "25%", "2015年", "each annual period", "2026年12月31日", "2025年12月", "99.99%", "1,100%", "9%", "5%"]


def hits(text):
    return [(n, m.group(0)) for n, rx in THRESH_RE for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    return len(text) if key[4] == "z" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, kind, src) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    problems = []
    covered = set()
    for key, (name, kind, src) in NAMES.items():
        lab = build_label(key)
        t = lab["expected_terms"]
        # label values must not sit on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((key, "label on threshold", k))
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            sh = tco_share(t, lab["expected_extra"]["contract_value"], FEE_BASE[key])
            print("  %s TCO share %.2f %%" % (key, sh))
            if abs(sh - 40) <= 2:
                problems.append((key, "TCO share near 40", sh))
        if sorted(DESIGN[key]) != lab["expected_rules"]:
            problems.append((key, "design != derived", sorted(DESIGN[key]), lab["expected_rules"]))
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / name)
        n = length(key, back)
        lo, hi = (2750, 3000) if key[4] == "z" else (1450, 1650)
        print("  %s %-62s %s %5d %s" % (key, name, "chars" if key[4] == "z" else "words", n,
                                        "ok" if lo <= n <= hi else "OUT OF RANGE"))
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for what, text in [("built", back), ("source", src)]:
            for vname, v in variants(text).items():
                for h in hits(v):
                    problems.append((key, "threshold figure", what, vname, h))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("set", "rules not covered", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; rules covered: %d of %d" % (len(covered), len(ALL_RULES)))


if __name__ == "__main__":
    main()
