"""holdout572: builds ten blind, ordinary draft contracts (z01-z05 Chinese, e01-e05 English) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py, reads every built file back, measures its length, scans it and every source for threshold
figures, derives the expected rules from the labels by my own reading of policy.md section 3, and writes the labels.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:临湖市智慧旅游景区预约平台采购合同
P:合同编号：LHWL-ZFCG-2025-037    采购方式：公开招标（政府采购）
P:甲方（采购人）：临湖市文化和旅游局    地址：临湖市滨江路88号
P:乙方（供应商）：杭州游云信息技术有限公司    地址：杭州市西湖区文三路266号
P:鉴于甲方通过公开招标方式采购“临湖市智慧旅游景区预约平台”项目，乙方为该项目中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同。本合同文本由甲方提供。
H:第一条 项目内容
P:1.1 乙方向甲方提供“游云景区预约平台”软件永久使用许可一套，并在此基础上为甲方定制开发分时段预约、游客实名核验对接、景区票务系统接口、客流监测大屏及数据统计报表等功能，覆盖全市十四家A级景区。
P:1.2 乙方负责平台在甲方政务云环境中的部署、数据初始化、联调测试及对甲方和各景区工作人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾贰万元整（¥1,320,000.00），为含税固定总价，包括软件许可、定制开发、部署实施、培训及质保期内的全部服务费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|景区预约平台软件许可（永久）|680,000
TB:2|定制开发（分时预约、实名核验、票务接口、客流大屏、报表）|520,000
TB:3|部署实施及联调|96,000
TB:4|用户培训|24,000
TB:合计||1,320,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，即¥264,000。
P:3.2 系统完成初验后十个工作日内，甲方支付合同总价的45%，即¥594,000。
P:3.3 系统最终验收合格后十个工作日内，甲方支付合同总价的35%，即¥462,000。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，于初验合格后六十日内完成试运行并提交最终验收申请。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；在三千个并发用户下预约下单响应时间不超过2秒；与公安实名核验接口及各景区票务系统联调通过；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行三十日内无一级故障，客流监测数据与景区闸机数据逐日核对一致，源代码、数据库设计文档及运维手册已交付。甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。
P:5.3 系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（预约或核验功能全部中断）乙方应在30分钟内响应，2小时内到场或远程处理；二级故障2小时内响应，次日内解决。
P:6.3 一级故障每超时一小时，乙方向甲方支付800元；月可用率每低于约定值0.01个百分点，乙方支付1,000元，甲方可从应付款项中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度服务费不超过软件许可费的9%（即每服务年度不超过¥61,200），质保期满后三个服务年度内不上调，具体由双方另行签订服务合同。该服务合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、报表及相关文档、源代码的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第八条 数据安全
P:8.1 平台运行产生的游客预约数据、身份信息、客流数据等全部属于甲方，乙方不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储，仅经甲方授权通过堡垒机访问生产环境，并保留操作日志。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履约中知悉的甲方工作秘密、网络结构及游客信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合约定标准且经整改仍不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目分包或转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类项目经验的项目经理一名，实施期间常驻临湖市，未经甲方书面同意不得更换。乙方应按周向甲方提交项目进度报告，按月参加甲方组织的项目例会，如实报告进度、问题及风险。
P:14.2 甲方应指定项目联系人，负责协调各景区提供票务系统接口资料、闸机数据及测试环境，并在乙方提出书面请求后五个工作日内予以答复。因甲方未及时提供资料导致工期延误的，交付期限相应顺延。
P:14.3 乙方人员在甲方及景区现场工作时，应遵守甲方的安全、保密和考勤管理制度。
P:14.4 乙方应在系统上线前编制应急预案，明确节假日预约高峰期间的值守安排、限流措施和故障切换流程，经甲方确认后执行。国庆、春节等节假日期间，乙方应安排工程师驻场值守。
P:14.5 乙方应在最终验收时向甲方移交系统管理员账号、全部配置参数及部署说明，确保甲方或其委托的第三方能够独立维护系统。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不能预见、不能避免且不能克服的事件导致不能履行合同的，受影响一方应在事件发生后三日内通知对方，并在十五日内提供证明。双方应协商确定继续履行、延期履行或解除合同。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：临湖市文化和旅游局    代表签字：________    日期：2025年8月18日
P:乙方（盖章）：杭州游云信息技术有限公司    代表签字：________    日期：2025年8月18日
"""

Z02 = """T:硫化机控制系统改造及维保合同
P:合同编号：HX-SB-2025-0912
P:甲方（买方）：山东恒轩轮胎有限公司
P:乙方（卖方）：青岛博控自动化工程有限公司
P:鉴于甲方拟对半钢子午线轮胎车间的48台硫化机电气控制系统实施改造，乙方具备相应的设计、供货与实施能力，双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责48台硫化机控制系统的设计、供货、拆除旧柜、安装、调试，以及硫化工艺管理软件的许可、部署和与甲方MES系统的接口开发。
P:1.2 改造须分批进行，每批停机不超过三台，不得影响甲方正常生产计划。
H:2. 合同价格
P:2.1 本合同总价为人民币壹佰陆拾柒万壹仟元整（¥1,671,000），含税，分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|硫化机PLC控制柜|48台|18,500|888,000
TB:2|触摸屏HMI|48台|3,200|153,600
TB:3|温度、压力传感器组|48组|2,600|124,800
TB:4|硫化工艺管理软件许可（永久）|1套|186,000|186,000
TB:5|服务器及工控交换机|1批|92,600|92,600
TB:|软硬件小计|||1,445,000
TB:6|安装调试（含旧柜拆除）|1项|138,000|138,000
TB:7|MES接口开发|1项|72,000|72,000
TB:8|操作及维护培训|1项|16,000|16,000
TB:|合同总价|||1,671,000
H:3. 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%。到货签收及安装完毕不视为验收。
P:3.3 系统终验合格后，甲方支付合同总价的35%。
P:3.4 其余5%作为质量保证金，于质保期满且无未决质量问题后十日内支付。
H:4. 交货与工期
P:4.1 乙方应于合同生效后七十五日内完成全部设备到货，一百五十日内完成全部48台硫化机的改造调试。
H:5. 验收
P:5.1 每台硫化机改造完成后进行单机验收：温度控制偏差不超过±1℃，压力控制偏差不超过±0.02MPa，硫化时间控制误差不超过2秒，连锁保护动作全部正确。
P:5.2 全部改造完成后连续生产三十日，无因控制系统原因造成的废胎或停机，工艺数据完整上传MES，双方签署终验报告。
P:5.3 甲方投入生产使用不视为终验合格。
H:6. 质保及维保服务
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内软硬件故障由乙方免费维修或更换。
P:6.2 一级故障（硫化机因控制系统停机）乙方应在30分钟内电话响应，2小时内到达现场；二级故障8小时内到场。乙方每超时一小时，向甲方支付违约金1,000元。
P:6.3 质保期满后，维保年费为软硬件小计的8%，即每年¥115,600，质保期满后三个服务年度内价格不变。
H:7. 知识产权
P:7.1 工艺管理软件的知识产权归乙方，甲方享有永久使用权。
P:7.2 MES接口程序、定制工艺画面及其源代码的知识产权归甲方所有，甲方可自行修改和使用。
H:8. 数据安全
P:8.1 硫化工艺配方、生产数据均属甲方所有。乙方仅可为履行本合同使用，不得复制、外传。
P:8.2 乙方远程维护须经甲方审批并通过甲方指定的安全通道进行，不得在控制网络中接入未经检测的设备。
P:8.3 因乙方原因造成数据泄露或控制网络安全事件的，乙方应在1小时内通知甲方，并承担由此造成的全部损失。
H:9. 保密
P:9.1 双方对履约中知悉的对方技术秘密和商业秘密负有保密义务，合同终止后三年内仍然有效。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:11. 分包
P:11.1 乙方可将现场安装、布线及旧柜拆除工作分包给具备资质的第三方，但应提前三个工作日书面通知甲方。乙方对分包方的工作承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同并要求赔偿损失。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交青岛仲裁委员会仲裁。
H:14. 项目管理
P:14.1 乙方应指定项目经理及电气、软件工程师各一名常驻甲方现场，负责改造计划编制、停机协调和调试工作。项目经理未经甲方书面同意不得更换。
P:14.2 乙方应在每批硫化机停机改造前三个工作日向甲方提交改造方案、停机计划及安全措施，经甲方生产部门书面确认后方可实施。改造期间乙方人员须遵守甲方安全生产、动火作业和危险化学品管理制度，因乙方人员违规造成人身伤害或财产损失的，由乙方承担责任。
P:14.3 乙方应在终验前向甲方移交电气原理图、接线图、PLC程序及注释、HMI画面工程文件、参数清单、操作及维护手册等全部技术资料，资料应与现场实际一致。
P:14.4 乙方供应的设备应为全新原厂产品，并随货提供合格证、出厂检验报告及原产地证明。PLC、触摸屏等主要部件的品牌、型号应与投标文件一致，如需变更须经甲方书面同意，且性能不得低于原型号。
P:14.5 乙方应在改造完成后三十日内提供备品备件清单及报价，备件价格在质保期满后三个服务年度内不高于本合同单价。
P:14.6 乙方在甲方厂区内进行电气作业，须持有有效的电工作业证，并执行停电、验电、挂牌上锁制度。每批改造完成后，乙方应会同甲方设备部门进行空载及带负荷试车，试车记录由双方签字确认后作为单机验收的依据。对改造中拆除的旧控制柜及线缆，乙方应按甲方要求分类整理并运至甲方指定地点，不得擅自处置。
P:14.7 乙方应对改造后的控制系统进行防病毒检测和安全加固，关闭不必要的端口和服务，并向甲方提交安全配置清单。乙方调试所用的笔记本电脑和移动介质须经甲方检测后方可接入控制网络。
H:15. 培训
P:15.1 乙方应对甲方硫化工段操作工、电工及工艺员分批培训，内容包括设备操作、参数设置、报警处理、日常点检与常见故障排除。培训结束后由乙方组织考核，考核合格的人员方可独立上岗。
H:16. 不可抗力
P:16.1 因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:17. 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：山东恒轩轮胎有限公司（盖章）    授权代表：________
P:乙方：青岛博控自动化工程有限公司（盖章）    授权代表：________
P:签订日期：2025年9月12日
"""

Z03 = """麦香坊连锁门店订货平台服务合同

合同编号：MXF-IT-2025-021

甲方：苏州麦香坊食品有限公司（以下简称“甲方”）
乙方：上海云仓智链科技有限公司（以下简称“乙方”）

鉴于甲方经营麦香坊连锁面包店，现有门店50家及中央工厂一座，需要统一的门店订货与中央工厂生产排程平台；乙方提供“智链烘焙订货云”SaaS服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方50家门店及中央工厂开通“智链烘焙订货云”服务，包括门店要货、中央工厂生产计划、配送排线、退货与报损管理、经营报表等功能。
（二）乙方负责实施工作，包括基础资料导入、门店与商品配置、与甲方收银系统的接口对接、门店店长及工厂计划员培训。
（三）服务期为三个服务年度，自2025年10月1日起至2028年9月30日止。

二、服务费用
（一）本合同总价为人民币伍拾贰万陆仟元整（¥526,000），明细如下：
1. 门店端订阅费：50家 × 2,400元/服务年度 = 120,000元/服务年度；
2. 中央工厂端订阅费：36,000元/服务年度；
3. 以上订阅费合计156,000元/服务年度，三个服务年度共计468,000元；
4. 一次性实施费：58,000元。
（二）甲方新增门店的，按每家2,400元/服务年度按月折算增加。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度结算，于每季度结束后十五个工作日内凭乙方发票支付当季费用。本合同不设预付款。

四、实施与验收
（一）乙方应于2025年11月30日前完成实施并申请上线验收。
（二）上线验收标准：50家门店全部完成至少三次真实要货；中央工厂生产计划与门店订单汇总逐日核对一致；收银系统销售数据次日自动同步；单据查询响应时间不超过3秒。
（三）甲方应在收到申请后七个工作日内组织验收并签署书面验收意见。门店试用不视为验收。

五、服务水平
（一）乙方保证平台月可用率不低于99.5%，计划内维护须提前三日通知且安排在22:00至次日6:00之间。
（二）一级故障（全部门店无法要货或工厂无法生成生产计划）：30分钟内响应，2小时内恢复；二级故障：2小时内响应，次日内解决。
（三）月可用率每低于约定值0.1个百分点，乙方按当月订阅费的3%给予服务费抵扣；一级故障每超时恢复一小时，另抵扣当月订阅费的1%。

六、知识产权
（一）平台及其标准功能的知识产权归乙方。
（二）乙方为甲方定制的报表、与收银系统的接口程序及配置方案归甲方所有，甲方可自由使用、修改并交由第三方维护。

七、数据安全
（一）乙方应将甲方数据存储于中国境内数据中心，采取加密传输与存储、访问权限控制、操作日志审计及每日备份等措施。
（二）发生数据泄露、丢失或篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。

八、数据权属
（一）甲方在平台中录入和产生的订货、销售、配送数据归甲方所有。
（二）乙方可在对上述数据进行去标识化和汇总处理后，用于行业分析、产品改进及对外发布烘焙行业订货指数，无需另行取得甲方同意。

九、保密
双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限。

十一、续期
服务期满前三十日任何一方未书面提出异议的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权上调订阅费，每次上调幅度不超过8%。

十二、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。服务终止后，乙方应在三十日内向甲方完整返还数据并删除副本。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交苏州仲裁委员会仲裁。

十五、项目管理与培训
（一）乙方应指定项目经理一名，负责实施计划、门店切换安排及问题跟踪，实施期间每周向甲方提交实施周报。
（二）门店切换按区域分三批进行，每批切换前乙方应完成门店账号开通、商品及配方资料核对、订货模板配置，并安排实施顾问在切换首日到店或远程值守。
（三）乙方应为每家门店店长及中央工厂计划员、仓管员提供操作培训，并提供中文操作手册和视频教程。服务期内甲方新任店长的培训由乙方免费提供。
（四）乙方应每季度向甲方提交服务报告，内容包括可用率、故障处理、版本更新及改进建议。

（五）乙方应保证平台与甲方现有收银系统、会员小程序的接口持续可用。收银系统或小程序升级时，乙方应在接到甲方通知后十个工作日内完成接口适配，不另行收费。
（六）乙方发布新版本前应提前七日通知甲方并说明变更内容，涉及门店操作流程变化的，应同步提供培训材料。重大版本应先在测试环境中经甲方确认后方可上线。

（七）乙方应为甲方提供门店订货建议功能的参数设置服务，根据甲方提供的历史销量和节假日安排，协助中央工厂制定月度生产计划模板。每逢中秋、春节等销售高峰前，乙方应提前二十日会同甲方检查订货模板和配送排线设置，并安排专人在高峰期间值守。
（八）服务期内，乙方应每月为甲方提供一次订货数据核对服务，对门店订单、中央工厂生产单与配送单之间的差异出具核对说明，协助甲方查找差异原因。

（九）服务期满前六十日，乙方应向甲方提交数据迁移方案；甲方决定不再续用的，乙方应配合甲方将门店、商品、配方及历史订单数据完整导出为通用格式，并协助甲方完成与新系统的数据核对，不收取额外费用。

十六、甲方的义务
（一）甲方应指定对接人，按时提供门店、商品、配方及价格等基础资料，并保证资料真实完整。
（二）甲方应妥善保管账号密码，因甲方人员泄露账号造成的损失由甲方承担。

十七、不可抗力
因地震、洪水、疫情、政府行为等不可抗力不能履行合同的，受影响一方应在三日内通知对方并在十日内提供证明，双方协商延期履行或解除合同。不可抗力持续超过三十日的，任何一方可书面通知解除合同，甲方仅支付已提供服务期间的费用。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：苏州麦香坊食品有限公司        乙方（盖章）：上海云仓智链科技有限公司
授权代表：________                          授权代表：________
日期：2025年9月20日                          日期：2025年9月20日
"""

Z04 = """江城市体育中心场馆管理系统运维服务合同

项目编号：JCTY-CS-2025-06    采购方式：竞争性磋商

甲方：江城市体育中心
乙方：武汉恒体信息技术有限公司

根据江城市体育中心场馆管理系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方依照《中华人民共和国民法典》，就场馆管理系统运维服务事宜，订立本合同。

第一条 服务范围
乙方为甲方场馆管理系统提供运维服务，范围包括：
（1）场地预订、会员管理、票务检票、门禁闸机、收银结算等子系统的日常运行维护；
（2）服务器、数据库、网络设备的巡检及故障处理；
（3）系统补丁更新与小版本升级；
（4）大型赛事及演出期间的现场应急保障；
（5）运维文档、配置台账的建立与更新。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同终止，下一服务期由甲方重新组织采购。

第三条 服务费用
（1）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），为固定总价。
（2）费用构成：驻场运维人员2名，合计252,000元；系统巡检及升级服务68,000元；备品备件42,000元；赛事应急保障24,000元。
（3）上述费用已包含乙方完成本合同全部服务所需的人工、交通、工具及税费。

第四条 付款方式
服务费按季度支付。每季度结束后，甲方依据第六条进行季度考核，考核合格后十五个工作日内支付当季服务费96,500元。甲方不预付任何款项。

第五条 服务要求
（1）乙方派驻2名运维工程师，工作日8:30至17:30在甲方现场值守，赛事及大型活动期间按甲方通知延长值守。
（2）乙方接到甲方报修后，应及时响应，尽快排除故障，保障系统正常运行。
（3）乙方每月对服务器、数据库、网络设备及闸机进行一次全面巡检，并提交巡检报告。
（4）乙方应于每年3月31日、9月30日前完成两次补丁更新与小版本升级，并提交升级报告。
（5）乙方应建立并更新设备台账、配置文档和运维日志，服务期满时完整移交甲方。

第六条 考核与验收
（1）季度考核内容：月度巡检报告按时提交、升级工作按期完成、故障工单均有处理记录并经甲方确认、赛事保障无因系统原因导致的停赛或入场中断。
（2）年度验收：服务期满前十五日，乙方提交年度运维总结、配置台账及全部运维文档，甲方对照本合同第五条及磋商文件的服务要求逐项验收，并出具书面验收意见。
（3）考核不合格的，乙方应在十日内整改，整改合格后方可支付当季服务费。

第七条 数据安全
（1）场馆管理系统中的会员信息、预订记录、票务及收银数据均属甲方所有，乙方仅可为履行本合同所需接触，不得复制、留存或向他人提供。
（2）乙方人员须经甲方审批后通过堡垒机访问服务器，禁止使用个人移动存储介质，所有操作须留存日志。
（3）乙方应遵守网络安全等级保护和个人信息保护的相关规定。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方；因乙方原因造成的，由乙方承担全部赔偿责任。

第八条 知识产权
乙方在服务期间编写的运维脚本、配置文档、巡检报告及其他成果的知识产权归甲方所有。

第九条 违约责任
（1）乙方未按第五条第（4）项期限完成升级，或未按期移交运维文档的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（2）乙方派驻人员未经甲方同意缺岗的，每人每日扣减服务费600元。
（3）因乙方原因导致赛事或活动中断的，乙方应赔偿甲方由此造成的直接损失。

第十条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十一条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）连续两个季度考核不合格；（2）发生因乙方原因的重大数据安全事件；（3）其他严重违约且经书面通知后十日内未改正的。

第十二条 争议解决
双方因本合同发生争议，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 人员管理
（1）乙方派驻人员应具有三年以上同类系统运维经验，名单及资质证明作为本合同附件。乙方更换派驻人员须提前十日书面告知甲方并经甲方同意，接替人员的能力不得低于原人员。
（2）派驻人员应遵守甲方的考勤、安全、消防及场馆管理制度，服从甲方的工作安排。因派驻人员违规操作造成甲方设备损坏的，乙方负责修复或赔偿。
（3）乙方应为派驻人员缴纳社会保险，乙方与其人员之间的劳动纠纷由乙方自行处理，与甲方无关。

（4）派驻人员每日填写运维日志，记录巡检、故障处理及变更情况，每周五向甲方信息科提交周报；遇重大故障应立即报告甲方值班领导。
（5）大型赛事、演出等活动前三日，乙方应对票务、检票、门禁系统进行专项检查和压力测试，并将检查结果书面报告甲方。

（6）乙方应建立备品备件台账，常用配件（闸机读卡器、检票终端、交换机模块等）应保持合理库存，故障配件更换后应将旧件交甲方确认。备品备件费用已包含在合同总价中，服务期内乙方不得以配件为由另行收费。
（7）乙方应配合甲方完成上级主管部门的网络安全检查及等级保护测评工作，对检查发现的问题在规定期限内完成整改，并提交整改报告。

（8）乙方应于每季度首月十日前向甲方提交上季度运维总结，内容包括故障统计与分析、巡检发现的隐患、设备老化情况及改进建议，为甲方编制下个年度设备更新预算提供依据。
（9）乙方应协助甲方完成场馆管理系统的数据备份检查，每月至少进行一次备份恢复演练，并将演练记录提交甲方信息科存档。

第十四条 甲方的义务
（1）甲方为乙方派驻人员提供必要的办公场所、网络及工作条件。
（2）甲方应及时将场馆活动计划、赛事安排通知乙方，以便乙方安排保障力量。
（3）甲方按本合同约定及时支付服务费用。

第十五条 运维交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的新服务商移交全部账号、密码、配置台账、运维文档及未完成工单，并配合完成交接，不得以任何理由拖延或设置障碍。

第十六条 不可抗力
因地震、洪水、疫情、政府行为等不可抗力致使不能履行合同的，受影响一方应在三日内通知对方并在十日内提供有关证明，双方协商延期履行、部分履行或解除合同。不可抗力期间的服务费按实际提供的服务天数结算，乙方未提供服务的期间甲方不支付费用。

第十七条 其他
（1）磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：江城市体育中心            乙方（盖章）：武汉恒体信息技术有限公司
代表签字：________                      代表签字：________
签订日期：2025年12月15日
"""

Z05 = """# 压榨车间生产管理系统软件许可及定制开发合同

**精榨云软件标准合同文本 V3.0**

合同编号：JZY-2025-HS-118

- 甲方（用户）：河南丰穗花生油有限公司
- 乙方（供应商）：郑州精榨云软件技术有限公司

甲方为提升花生油压榨车间的生产管理水平，拟采购乙方“精榨云压榨车间管理系统”软件许可及定制开发服务。双方依据《中华人民共和国民法典》，在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“精榨云压榨车间管理系统”V5 软件永久使用许可一套（含生产计划、原料入仓、剥壳烘炒、压榨、精炼、灌装各工段模块）。

1.2 乙方根据甲方需求进行定制开发：压榨工艺参数自动采集、出油率分析、批次追溯与质量检验记录对接。

1.3 乙方负责系统安装部署、数据初始化及操作人员培训。

## 第二条 合同价款

本合同总价为人民币壹佰贰拾万元整（¥1,200,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 精榨云压榨车间管理系统软件许可（永久） | 800,000 |
| 2 | 定制开发（工艺参数采集、出油率分析、批次追溯） | 300,000 |
| 3 | 安装部署、数据初始化及培训 | 100,000 |
| | 合计 | 1,200,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥600,000。乙方收到该款项后开始实施。

3.2 系统上线运行后十个工作日内，甲方支付合同总价剩余的50%，即¥600,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

## 第四条 交付

4.1 乙方应于收到首期款后一百二十日内完成软件安装部署和定制开发，并通知甲方上线运行。

4.2 因甲方提供资料不及时、现场条件不具备等原因导致延误的，交付期限相应顺延。

## 第五条 验收

5.1 系统在甲方现场上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按本合同第六条的维护服务处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方按软件许可费的28%每年向乙方支付维护服务费，即每年¥224,000，甲方应于每个维护年度开始前付清。

6.3 维护期间，一级故障（系统整体无法使用）乙方在接到通知后8小时内响应；二级故障在两个工作日内响应；一般问题在下一版本中统一修复。

## 第七条 知识产权

7.1 本系统软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、报表、接口及相关技术文档的知识产权归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，未经乙方书面许可不得修改、复制或提供给第三方。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的生产、质量、库存数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方进行远程维护时，应通过甲方开通的专用账号登录，遵守甲方网络安全管理制度，不得拷贝、删除甲方数据。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在本合同履行过程中知悉的对方技术信息和经营信息负有保密义务，保密期限至信息公开之日止。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

双方发生争议应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 甲方的义务

13.1 甲方应指定项目负责人，及时提供车间工艺流程、设备清单、质量检验标准及现有生产报表等资料，并对资料的准确性负责。

13.2 甲方应提供满足系统运行要求的服务器、网络及现场数据采集条件。因甲方原因导致现场条件不具备的，乙方不承担延误责任。

13.3 甲方应安排操作人员参加乙方组织的培训，并按照乙方提供的操作手册使用系统。因甲方人员操作不当造成的故障或数据错误，乙方可另行收取服务费用。

## 第十四条 乙方的义务

14.1 乙方应按本合同约定完成软件安装部署、定制开发和培训工作，并在上线时向甲方提供用户操作手册。

14.2 乙方应指定实施顾问负责项目实施，实施期间每周与甲方沟通一次进度。

14.3 乙方在免费维护期内提供远程技术支持，工作时间为工作日8:30至17:30。现场服务的差旅费用由甲方承担。

14.4 乙方应在上线前对甲方的系统管理员进行专门培训，内容包括用户权限设置、基础数据维护、报表查询及数据备份与恢复操作。

14.5 乙方在免费维护期内发布的补丁和小版本升级，甲方可免费获得；大版本升级需另行购买。

14.6 乙方可根据需要派员到甲方现场提供服务，具体时间由双方协商确定。因甲方生产安排原因需要乙方在节假日或夜间提供服务的，甲方应按乙方的服务收费标准另行支付加班费用。

14.7 免费维护期满后甲方未续签维护服务的，乙方不再提供缺陷修复及技术支持，由此造成的系统运行问题由甲方自行负责。甲方如需恢复维护服务，应补缴中断期间的维护费用。

14.8 乙方有权根据产品发展情况调整系统功能和界面，升级后的版本在甲方环境中的兼容性由甲方自行评估。乙方对第三方软件、硬件及网络环境引起的问题不承担责任，但应提供必要的技术咨询。

## 第十五条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方，并在事件结束后十五日内提供有关证明。不可抗力期间，交付期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同，甲方已支付的款项不予退还。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：河南丰穗花生油有限公司　　　代表：________

乙方（盖章）：郑州精榨云软件技术有限公司　　代表：________

日期：2025年10月9日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AL-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 3 November 2025 between:
P:(1) Andina Logic S.A.S., a simplified stock company organised under the laws of Colombia, with its principal office at Carrera 43A No. 1-50, Medellin, Antioquia, Colombia (the "Vendor"); and
P:(2) Xiamen Haoyun Coffee Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 18 Xiangyu Road, Huli District, Xiamen, Fujian (the "Customer").
P:Background: The Customer imports green coffee from several origins, roasts it in Xiamen and sells to cafes and retailers. It wishes to replace its spreadsheets with the Vendor's CafeTrace lot-traceability and quality-lab software. The Vendor has agreed to grant perpetual licences and to implement the software on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the CafeTrace Server and CafeTrace Lab modules in the version current at signature, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's Kingdee ERP and warehouse scales, the cupping and grading report templates, the data migration scripts and all other work product made specifically for the Customer.
P:1.3 "Installation Acceptance" and "Final Acceptance" have the meanings given in Article 5.
P:1.4 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including supplier, lot, cupping and inventory records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in Xiamen for its internal business, for one server instance and forty named users.
P:2.2 The Customer may make copies for backup and testing. It may not sell, sublicense or reverse engineer the Software except as permitted by law.
P:2.3 Additional named users may be ordered at the unit price in Article 3 for the first three years after signature.
H:Article 3 Fees
P:3.1 The fees are fixed and are as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:CafeTrace Server licence (perpetual)|1|420,000|420,000
TB:CafeTrace Lab named user licence (perpetual)|40|9,500|380,000
TB:Licence Fees subtotal|||800,000
TB:Implementation and configuration|1|310,000|310,000
TB:Data migration from spreadsheets|1|86,000|86,000
TB:Training (on site, Xiamen)|1|44,000|44,000
TB:Total Contract Price|||1,240,000
P:3.2 The Total Contract Price includes all travel, accommodation and expenses of the Vendor's staff. Chinese VAT on the invoices of the Vendor's appointed agent is included; Colombian taxes are borne by the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay the Total Contract Price in three instalments: (a) 20% within thirty days after signature against the Vendor's invoice; (b) 45% within thirty days after Installation Acceptance; and (c) 35% within thirty days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall aim to install the Software within sixty days after signature and to complete the implementation within one hundred and fifty days after signature, according to the project plan agreed at kick-off.
P:5.2 Installation Acceptance occurs when the Software is installed on the Customer's test and production servers, all modules start, and the Vendor has demonstrated the standard functions listed in the Schedule to the Customer's project manager.
P:5.3 Final Acceptance requires all of the following: (a) all lot, supplier and inventory records from the spreadsheets have been migrated and reconciled line by line with the Customer's stock count; (b) the ERP and scale interfaces have posted receipts and issues without error for twenty consecutive working days; (c) the cupping and grading reports match the Customer's templates; and (d) the Customer's users have been trained and the administration manual delivered. The Customer shall sign a Final Acceptance certificate within ten working days after the tests pass, or list the defects found.
P:5.4 Go-live, productive use or payment of an instalment does not by itself constitute Final Acceptance.
P:5.5 Dates in the project plan are estimates. If the Vendor is late, its only obligation is to use reasonable efforts to recover the schedule and to keep the Customer informed. No damages or penalties are payable for delay.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support is given in Spanish, English or Chinese through the Vendor's help desk and remote sessions approved by the Customer. Severity 1 (the Software cannot be used for receiving, roasting or shipping) shall be responded to within 2 hours, at any time; Severity 2 within one business day.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next invoice or pay it on request.
H:Article 7 Annual Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may buy annual support. The annual support fee is 13% of the Licence Fees, that is CNY 104,000 per year, and shall not increase for the three years following the Warranty Period.
P:7.2 Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all rights in the Software. The Customer keeps all rights in Customer Data.
P:8.2 The Custom Deliverables, including their source code, belong to the Customer upon payment of the relevant instalment. The Customer may use, modify and license them freely, and may have them maintained by a third party.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy it outside the Customer's systems.
P:9.2 The Vendor's staff shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, and shall follow the Customer's security rules and the data protection laws of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in remedying it, and is liable for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party, including prices, supplier lists and technical information, and shall not disclose it except to its staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 11 Limitation of Liability
P:11.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:11.2 The Vendor's total liability under or in connection with this Agreement is limited to an amount equal to the Licence Fees (CNY 800,000).
P:11.3 The limit does not apply to personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:13.2 On termination before Final Acceptance, the Vendor shall deliver the Custom Deliverables in their current state and refund the fees paid for services not performed.
H:Article 14 Governing Law and Disputes
P:14.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding.
H:Article 15 Project Management
P:15.1 Each party shall appoint a project manager. The Vendor's project manager shall lead a weekly status call, keep the risk and issue log up to date, and send a short written report after each call. The Vendor's consultants shall work on site in Xiamen during configuration, migration and go-live, and otherwise remotely.
P:15.2 The Customer shall provide the spreadsheets, ERP test accounts and key users reasonably requested by the Vendor. If the Customer is late in doing so, the project plan shall be adjusted accordingly.
H:Article 16 General
P:15.1 This Agreement is written in English. Notices shall be sent by e-mail and courier to the addresses above.
P:15.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:Schedule: standard functions to be demonstrated at Installation Acceptance (lot receipt, moisture and defect grading, cupping scores, roast batch record, stock by lot, shipment trace).
P:For the Vendor: Andina Logic S.A.S.    Name: ______________    Title: Legal Representative
P:For the Customer: Xiamen Haoyun Coffee Trading Co., Ltd.    Name: ______________    Title: General Manager
"""

E02 = """# ORDER FORM — ColdLink Traceability Cloud

**Order Form No. PCL-OF-2025-118**, issued under and incorporating the ColdLink General Terms set out below.

| | |
|---|---|
| Vendor | Pacifico Cloud Cia. Ltda., Av. Francisco de Orellana 234, Guayaquil, Ecuador |
| Customer | Zhanjiang Blue Harbour Seafood Co., Ltd., 66 Haibin Avenue, Xiashan District, Zhanjiang, Guangdong, PRC |
| Service | ColdLink Traceability Cloud: supplier quality records, cold-chain temperature logging, container tracking and lot recall |
| Subscription Term | three Subscription Years, from 1 December 2025 to 30 November 2028 |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription (25 users included) | per Subscription Year | 138,000 |
| Additional users (20 users × CNY 2,100) | per Subscription Year | 42,000 |
| Subscription subtotal | per Subscription Year | 180,000 |
| Subscription over the Subscription Term | three Subscription Years | 540,000 |
| Onboarding (configuration, supplier import, logger integration, training) | one time | 46,000 |
| **Total fees under this Order Form** | | **586,000** |

Usage above the included allowance (200,000 logger readings a month) is charged at CNY 0.01 per reading, monthly in arrears, and is not part of the total above.

## Invoicing

Subscription fees are invoiced quarterly in arrears and are payable within thirty days of invoice. The onboarding fee is invoiced on Go-Live Acceptance. No fees are payable before the Subscription Start Date.

## Signatures

Signed for the Vendor: ____________ (Gerente General)    Signed for the Customer: ____________ (Legal Representative)

Date: 14 November 2025

---

# COLDLINK GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data the Customer or its suppliers upload to the Service, including supplier certificates, catch and farm records, temperature readings and shipment documents.

1.2 "Subscription Year" means each period of consecutive months beginning on the Subscription Start Date or on an anniversary of it.

1.3 "Go-Live Acceptance" has the meaning in Section 3.3.

## Section 2 The Service

2.1 The Vendor shall provide the Service to the Customer's authorised users through its web portal and mobile app throughout the Subscription Term.

2.2 The Service is hosted for the Customer in a mainland China region of a public cloud provider holding an MLPS level-3 record. Customer Data is not transferred out of mainland China.

2.3 The Vendor may improve the Service from time to time, provided that it does not materially reduce its functions.

## Section 3 Onboarding and Go-Live Acceptance

3.1 The Vendor shall complete onboarding by 31 January 2026: configuration of the Customer's product catalogue and lots, import of the Customer's 180 approved suppliers, integration of the temperature loggers in the Customer's cold stores and reefer containers, and training of users.

3.2 For each day by which Go-Live Acceptance is later than 31 January 2026 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 400 as liquidated damages.

3.3 Go-Live Acceptance occurs when the Customer signs an acceptance note after the following tests pass: (a) a full recall trace of three test lots from supplier to customer shipment within ten minutes; (b) temperature readings from every integrated logger shown in the portal with a delay of no more than five minutes; (c) supplier certificates imported and matched to suppliers without error; and (d) ten consecutive working days without a Priority 1 incident. Use of the Service before that date is not acceptance.

## Section 4 Service Levels

4.1 The Vendor shall make the Service available at least 99.7% of each calendar month, excluding planned maintenance announced three days in advance and carried out between 23:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (the Service is unavailable, or temperature data is not being recorded) shall be responded to within 1 hour and resolved or worked around within 6 hours, every day of the year. Priority 2 incidents shall be responded to within 8 business hours.

4.3 If monthly availability falls below the level in Section 4.1, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to half of that month's fee. For each hour by which a Priority 1 response is late, the Customer receives a further credit of CNY 300.

## Section 5 Customer Data

5.1 As between the parties, Customer Data is the property of the Customer. The Vendor processes it to provide the Service.

5.2 The Customer grants the Vendor a perpetual right to use Customer Data in aggregated and anonymised form to improve the Service, to train its forecasting models and to publish seafood cold-chain benchmarks, also after the end of the Subscription Term.

5.3 On expiry or termination the Vendor shall return all Customer Data in CSV format within thirty days and then delete it, except for the aggregated data under Section 5.2.

## Section 6 Data Security

6.1 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of all administrative access, and daily backups kept in mainland China.

6.2 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall remedy it at its own cost and is liable for the Customer's losses caused by the Vendor's failure to comply with this Section, subject to Section 9.

## Section 7 Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care and use it only for this Order Form. This obligation survives for three years after the Subscription Term.

## Section 8 Intellectual Property

8.1 The Vendor owns the Service and all its underlying software.

8.2 Report templates, workflows and integration mappings made specifically for the Customer during onboarding belong to the Customer, which may use, modify and license them freely.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Each party's total liability under this Order Form is limited to 150% of the total fees under this Order Form. The limit does not apply to breach of Section 6 caused by wilful misconduct, or to personal injury.

## Section 10 Subprocessors and Subcontractors

10.1 The Vendor may engage subprocessors and subcontractors to provide any part of the Service, including hosting, support and logger integration, by giving the Customer ten days' written notice before the new subcontractor starts work. The Vendor remains responsible for them.

## Section 11 Term and Termination

11.1 This Order Form runs for the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. On termination for the Vendor's breach the Customer pays only for the Service provided up to the termination date.

## Section 12 Governing Law and Disputes

12.1 At the Customer's request, these General Terms and the Order Form are governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 13 Customer Responsibilities

13.0 The Customer shall keep its user credentials secure, ensure that its users comply with the acceptable use rules in the portal, and provide the Vendor with the supplier lists, product codes and logger details needed for onboarding. The Customer is responsible for the accuracy of the data it uploads.

## Section 14 Support and Account Management

14.1 The Vendor shall provide support in English, Spanish and Chinese through its portal, e-mail and telephone. A named customer success manager shall hold a quarterly review with the Customer to report on availability, incidents, usage and planned releases.

14.2 The Vendor shall give at least thirty days' notice of any release that changes the way users record lots or temperature data, with updated training material.

14.3 The Vendor shall keep the mobile app available for the current and previous major versions of Android and iOS, and shall test new releases with at least one model of each temperature logger integrated for the Customer before release. The Customer may ask for additional training sessions for new users or new suppliers at any time during the Subscription Term; up to four remote sessions a Subscription Year are included in the subscription fee.

## Section 15 General

13.1 The Order Form prevails over these General Terms if they conflict. Neither party may assign this Order Form without the other party's written consent.

13.2 Notices are given in writing to the addresses in the Order Form, by e-mail with a copy by courier. This Order Form is the entire agreement on its subject.
"""

E03 = """T:Supply Contract for Tea Garden Weather and Soil Monitoring Equipment
P:Contract No. YCP-EQ-2025-017 (Buyer's standard form)
P:Buyer: Yunnan Cloudpeak Tea Co., Ltd., 9 Chayuan Road, Simao District, Pu'er, Yunnan, People's Republic of China.
P:Supplier: Altiplano Sensores S.R.L., Avenida Blanco Galindo Km 4, Cochabamba, Plurinational State of Bolivia.
P:The Buyer operates a tea garden of about 1,800 mu at Jingmai and wishes to monitor weather, soil moisture and soil temperature across the garden to plan irrigation, frost protection and picking. The Supplier manufactures agricultural sensors and monitoring software and has offered the equipment below in its tender of 12 September 2025. The parties therefore agree as follows. All prices are in Chinese Yuan (CNY).
H:1. Scope
P:1.1 The Supplier shall supply, install, calibrate and commission six automatic weather stations, one hundred and twenty soil sensor nodes, eight LoRa gateways and the AgroSense monitoring software, and shall build the dashboards described in Annex 2 (the "Custom Dashboards").
P:1.2 The Supplier shall train the Buyer's garden managers and IT staff and hand over all manuals in Chinese or English.
H:2. Price
P:2.1 The Contract Price is fixed at CNY 739,000, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station (wind, rain, radiation, air temperature and humidity)|6|28,500|171,000
TB:2|Soil sensor node (moisture and temperature at three depths)|120|2,350|282,000
TB:3|LoRa gateway with solar power kit|8|9,800|78,400
TB:4|AgroSense monitoring software, perpetual licence|1|96,000|96,000
TB:|Equipment and licence subtotal|||627,400
TB:5|Installation, calibration and commissioning|1|64,000|64,000
TB:6|Custom Dashboards|1|38,000|38,000
TB:7|Training|1|9,600|9,600
TB:|Contract Price|||739,000
P:2.2 The Contract Price includes packing, freight and insurance to the Buyer's site, import clearance, duties and all taxes.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within fifteen working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within fifteen working days after all equipment has been delivered and installed and the Buyer has signed the delivery note. Signing the delivery note is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within seventy days after signature and complete installation and commissioning within forty-five days after delivery.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds forty-five days, the Buyer may terminate the Contract under clause 12.
H:5. Acceptance
P:5.1 Final Acceptance tests: (a) each weather station agrees with the Buyer's reference instrument within ±0.5 °C and ±5 percentage points of relative humidity over seven days; (b) each soil node reports at the agreed interval and its moisture readings agree with gravimetric samples taken by the Buyer at ten points; (c) data from all nodes and stations has reached the software without gaps longer than one hour during a thirty-day trial run; and (d) the Custom Dashboards, alarms and reports work as described in Annex 2.
P:5.2 The Buyer shall carry out the tests with the Supplier and sign a Final Acceptance certificate within ten working days after they pass. If any test fails, the Supplier shall correct the defect and the test shall be repeated.
P:5.3 Delivery, installation, use of the equipment or any payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and the software for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace any defective item free of charge, including freight, and supply software updates.
P:6.2 The Supplier shall keep a stock of spare nodes, gateway parts and sensors at its agent's warehouse in Kunming sufficient to replace failed items within three days.
H:7. Support Levels
P:7.1 A critical fault means that a gateway or weather station stops reporting, or that the software cannot be accessed. The Supplier shall respond to a critical fault within 2 hours (remote diagnosis in Chinese or English) and restore service within three days. Other faults shall be answered within one working day.
P:7.2 For each hour by which the Supplier misses the critical response time, it shall pay CNY 500, and for each day by which it misses the restoration time, CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:8. Post-Warranty Support
P:8.1 After the warranty, the Buyer may order annual support. The annual fee is 7% of the equipment and licence subtotal, that is CNY 43,918 per year, and remains unchanged for the two years following the warranty. Support is ordered by purchase order and does not renew automatically.
H:9. Data
P:9.1 All measurements, images, alarms and other data collected by the equipment or stored in the software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The software is installed on the Buyer's server in Pu'er. The Supplier shall access it only remotely with the Buyer's approval through an account with two-factor authentication, shall not copy data outside the Buyer's systems and shall comply with the data security laws of the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the Buyer's data and is liable for the losses caused by its breach of this clause.
H:10. Intellectual Property
P:10.1 The Supplier keeps its rights in the AgroSense software and the sensor firmware, which are licensed to the Buyer perpetually.
P:10.2 The Custom Dashboards, their configuration files and any interface code made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's garden maps and yield figures, and shall not disclose it without prior written consent. This obligation continues for three years after the end of the Contract.
H:12. Liability and Termination
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, fraud and wilful misconduct, which are not limited.
P:12.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or in the case described in clause 4.2.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor, including its agent in Kunming.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:15. Packing, Shipping and Documents
P:15.1 The Supplier shall pack the equipment for sea and road transport and humid conditions, and mark each case with the contract number and the site address. With each shipment the Supplier shall provide the commercial invoice, packing list, certificate of origin, test reports for each sensor and the calibration certificates of the weather stations. Risk passes to the Buyer on signature of the delivery note at the site.
H:16. Training and Documentation
P:16.1 The Supplier shall train up to twelve garden managers and three IT staff on site for at least three days, covering installation checks, battery replacement, calibration checks, the software and the Custom Dashboards. It shall supply user and maintenance manuals and a list of recommended spare parts with prices valid during the warranty.
H:17. Site Conditions
P:17.1 The Buyer shall provide access to the garden, mark the positions for stations and nodes agreed in the site survey, and provide power at the server room. The Supplier shall check the positions during the survey and propose any changes in writing before installation. Damage to tea bushes, terraces or paths caused by the Supplier's installation shall be repaired at the Supplier's cost. The Supplier shall remove all packing material and waste from the garden at the end of installation.
H:18. General
P:18.1 This Contract is made in English and Chinese; both versions have equal force. Notices shall be sent by e-mail and courier to the addresses above, and amendments must be in writing and signed by both parties. Annex 1 (technical specifications) and Annex 2 (Custom Dashboards) form part of it.
P:For the Buyer: Yunnan Cloudpeak Tea Co., Ltd.    Signature: ______________    Date: 26 September 2025
P:For the Supplier: Altiplano Sensores S.R.L.    Signature: ______________    Date: 26 September 2025
"""

E04 = """# Managed IT Services Agreement

**Agreement No. GN-MSA-2025-031**

This Managed IT Services Agreement is made on 10 December 2025 between **Guarani Networks S.A.**, Avenida Mariscal Lopez 3333, Asuncion, Paraguay (the "Provider"), and **Luoyang Hengtai Agricultural Machinery Co., Ltd.**, 120 Kaiyuan Avenue, Luolong District, Luoyang, Henan, People's Republic of China (the "Customer").

The Customer sells tractors, planters and spare parts in Paraguay through its branch office in Asuncion and three parts depots in Ciudad del Este, Encarnacion and Santa Rita. It wishes to outsource the day-to-day operation of the IT at those four sites to a local provider. The Provider has offered the services described below. All charges are stated and paid in Chinese Yuan (CNY) at the Customer's request.

## 1. Definitions

1.1 "Sites" means the four locations listed in Schedule 1.

1.2 "Services" means the managed services described in Schedule 2.

1.3 "Initial Term" means 24 months from the Service Start Date of 1 February 2026.

1.4 "Transition" means the onboarding work described in clause 3.

## 2. Services

2.1 The Provider shall provide the Services at the Sites during the Initial Term in accordance with this Agreement and the service levels in Schedule 3.

2.2 The Provider shall provide a Spanish and Chinese speaking service desk by telephone, e-mail and the Customer's messaging group, and a named service manager who attends a monthly review with the Customer's IT manager in Luoyang by video call.

2.3 The Provider shall use its own tools for monitoring and remote management. The Customer shall provide the Provider's engineers with access to the Sites during business hours.

## 3. Transition

3.1 Before the Service Start Date the Provider shall document all devices, circuits, accounts and licences at the Sites, install its monitoring agents, set up the service desk and agree the runbooks with the Customer.

3.2 Transition is accepted when the Customer confirms in writing that: (a) the inventory in Schedule 1 has been checked on site and is complete; (b) every device listed is visible in the monitoring tool; (c) the runbooks for backup, user onboarding and circuit failure have been tested once each; and (d) the service desk has handled a test call from each Site.

3.3 If Transition is not accepted by the Service Start Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 4. The monthly charge is fixed for the Initial Term.

4.2 The Transition charge is invoiced after Transition acceptance. The monthly charge is invoiced monthly in arrears. Invoices are payable within thirty days of receipt. No amount is payable in advance.

## 5. Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 3. If it misses a service level in a month, the Customer shall receive the service credits set out there, deducted from the next invoice.

5.2 Service credits in any month shall not exceed one quarter of that month's monthly charge.

## 6. Customer Data

6.1 All data of the Customer processed or stored in the course of the Services, including dealer, customer, order and employee records, e-mail and files, remains the property of the Customer.

6.2 The Provider shall use Customer data only to provide the Services and shall return it to the Customer at the end of this Agreement.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including prices, dealer terms and system passwords, and shall disclose it only to employees who need it for this Agreement.

7.2 This clause survives for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider keeps all rights in its own tools and methods.

8.2 Runbooks, network diagrams, configuration backups and documentation prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 9. Liability

9.1 Neither party is liable for loss of profit or indirect loss.

9.2 The Provider's total liability under this Agreement is limited to one and a half times the total charges under Schedule 4, except for personal injury and wilful misconduct.

## 10. Subcontracting

10.1 The Provider shall not subcontract any of the Services without the Customer's prior written consent. The circuits of the internet service providers named in Schedule 1 are not subcontracting.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Neither party may terminate this Agreement before the end of the Initial Term, except by written agreement of both parties or under clause 12. Disputes about performance shall be dealt with under clauses 5 and 13.

11.3 At the end of the Agreement the Provider shall cooperate for up to thirty days in the hand-over to the Customer or its new provider at no extra charge.

## 12. Force Majeure

12.1 Neither party is liable for failure caused by events beyond its reasonable control. If such an event prevents performance for more than sixty days, either party may end this Agreement by written notice.

## 13. Governing Law and Disputes

13.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The language of the arbitration is English.

## 14. Reporting and Reviews

14.1 The Provider shall send the monthly report in Schedule 2 and attend a quarterly review with the Customer's IT manager and branch manager, at which the parties shall agree improvement actions for any missed service levels.

14.2 The Provider shall keep the inventory in Schedule 1 up to date and shall record every change to the Customer's systems in a change log available to the Customer.

14.3 Before the end of the Initial Term the Provider shall prepare an exit plan listing all accounts, passwords, configurations and open tickets, and shall hand it to the Customer at least sixty days before expiry.

## Schedule 1 — Sites and Inventory

| Site | Address | Users | Devices |
|---|---|---|---|
| Branch office | Asuncion, Avenida Espana 1450 | 26 | 30 PCs, 2 servers, 1 firewall, 4 switches, 6 access points, 3 printers |
| Parts depot | Ciudad del Este, Ruta PY02 Km 7 | 9 | 10 PCs, 1 firewall, 2 switches, 3 access points, 2 scanners |
| Parts depot | Encarnacion, Avenida Irrazabal 820 | 7 | 8 PCs, 1 firewall, 2 switches, 2 access points |
| Parts depot | Santa Rita, Ruta PY06 Km 68 | 5 | 6 PCs, 1 firewall, 1 switch, 2 access points |

Internet circuits: Tigo Business and Personal Empresas at each Site, contracted by the Customer.

## Schedule 2 — Services

| Service | Description |
|---|---|
| Service desk | Business days 07:00 to 19:00 Paraguay time; priority 1 calls at any time |
| Monitoring | Servers, firewalls, switches, access points and circuits, at all hours, with alerts to the service desk |
| On-site support | Asuncion next business day visit; depots by remote session or visit within two business days |
| Patching and backup | Monthly patching of PCs and servers; nightly backup of both servers to the Customer's cloud storage; quarterly restore test |
| User administration | Joiners, leavers and password resets in the Customer's directory and e-mail |
| Reporting | Monthly report on tickets, service levels, backups and open risks |

## Schedule 3 — Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Availability of the Asuncion office network and servers, per month | 99.95% | 5% of the monthly charge for each 0.1 percentage point below the level |
| Priority 1 response (a Site cannot work, or a server is down) | 30 minutes | CNY 600 for each hour late |
| Priority 1 restoration | 8 hours | CNY 1,000 for each further 8 hours |
| Priority 2 response | 2 business hours | CNY 200 for each business day late |
| Monthly report delivered | by the 5th business day | CNY 300 per late report |

## Schedule 4 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one time | 36,800 |
| Monthly charge for all four Sites | 24 months × CNY 23,800 | 571,200 |
| **Total charges** | | **608,000** |

Signed for the Provider: ______________ (Presidente)

Signed for the Customer: ______________ (Legal Representative)
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DLL-API-2025-207

This Data API Subscription Agreement is entered into on 28 November 2025 by:

Datos del Llano, C.A., a company organised under the laws of the Bolivarian Republic of Venezuela, with its offices at Avenida Bolivar Norte, Torre Stratos, Piso 9, Valencia, Carabobo, Venezuela ("Datos del Llano" or the "Provider"); and

Qingdao Fengyuan Cocoa Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 27 Xianggang Middle Road, Shinan District, Qingdao, Shandong ("Customer").

BACKGROUND

Customer imports cocoa beans and cocoa products from Latin America and resells them to chocolate and bakery manufacturers in China. Datos del Llano collects and publishes daily farm-gate and export prices, quality grades, harvest estimates and shipping schedules for cocoa and coffee in Venezuela, Ecuador, Colombia and Peru, and delivers them through a data API. Customer wishes to receive this data in its purchasing and ERP systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's REST interface through which the Licensed Data is delivered, and its documentation.

1.2 "Licensed Data" means the price, grade, harvest and shipping data made available through the API during the Subscription Term.

1.3 "Customer Data" means the account details, query logs, watch lists, supplier lists and any other data that Customer or its users submit to the API or the Provider's portal.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term.

1.5 "Subscription Term" means the period from 1 January 2026 to 31 December 2027.

1.6 "Feed Mapping" means the mapping tables, transformation scripts and connector configuration that the Provider builds to load the Licensed Data into Customer's ERP (Yonyou) and purchasing dashboard.

2. SUBSCRIPTION

2.1 The Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Licensed Data within Customer's group in China for its own purchasing, pricing and risk management.

2.2 Customer may store the Licensed Data in its systems and show it in internal reports. Customer may not resell the Licensed Data or publish it outside its group.

2.3 The subscription includes up to 2,000,000 API calls per month, twenty user accounts for the portal and historical data from 2015 onwards.

3. FEES AND PAYMENT

3.1 All fees are stated and paid in Chinese Yuan (CNY) at Customer's request:

    Item                                              Amount (CNY)
    API subscription, per Subscription Year           96,000
    API subscription, two Subscription Years          192,000
    Feed Mapping and integration support (one time)   28,000
    Total fees                                        220,000

3.2 Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears; they are not included in the total fees.

3.3 The subscription fee is invoiced quarterly in arrears, each invoice being one eighth of the subscription fee for the Subscription Term. The Feed Mapping fee is invoiced after Integration Acceptance. Invoices are payable within thirty days. Nothing is payable in advance.

4. ACTIVATION AND INTEGRATION ACCEPTANCE

4.1 The Provider shall activate Customer's API keys and portal accounts and deliver the Feed Mapping by 15 January 2026.

4.2 Integration Acceptance occurs when Customer confirms in writing that, for ten consecutive business days: (a) the daily price and grade data for all four countries has loaded into the ERP by 09:00 Beijing time; (b) the loaded values reconcile with the Provider's portal for a sample of fifty records each day; and (c) the purchasing dashboard shows the shipping schedule for every vessel on Customer's watch list. Use of the data before that is not acceptance.

4.3 If activation or Integration Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay Customer CNY 180 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall keep the API available at least 99.95% of each calendar month, measured at the Provider's endpoint and excluding maintenance announced two days in advance and carried out outside 08:00 to 20:00 Beijing time.

5.2 Daily data shall be published by 07:00 Beijing time on each business day.

5.3 A Priority 1 incident means that the API is unavailable or that the daily data has not been published on time. The Provider shall respond to a Priority 1 incident within 1 hour, at any time, and keep Customer informed every two hours until it is resolved. Other incidents shall be answered within one business day.

5.4 If availability in a month is below the level in Clause 5.1, Customer shall receive a credit of 10% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall or part of it. For each hour by which a Priority 1 response is late, Customer shall receive a further credit of CNY 200. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to Customer.

6. INTELLECTUAL PROPERTY

6.1 The Provider keeps all rights in the API and the Licensed Data, subject to the rights granted to Customer in Clause 2.

6.2 The Feed Mapping and any reports or dashboards built for Customer belong to Customer, which may use, modify and license them freely and may have them maintained by others.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. The Provider shall use it only to provide the API and the portal to Customer, and shall not sell, share or analyse it for any other purpose, whether in identifiable, anonymised or aggregated form.

7.2 The Provider shall protect Customer Data by encryption in transit and at rest, access limited to named support staff with multi-factor authentication, logging of access, and secure deletion within thirty days after the end of the Subscription Term.

7.3 The Provider shall notify Customer within 24 hours of any security incident affecting Customer Data or Customer's API keys, take all reasonable steps to contain it, and is liable for the losses Customer suffers as a result of the Provider's breach of this Clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's supplier lists, purchase volumes and prices and the Provider's methods, and shall use it only for this Agreement. This obligation continues for three years after the Subscription Term.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss, or for trading losses resulting from decisions taken on the basis of the Licensed Data.

9.2 Subject to Clause 9.1, each party's total liability under this Agreement is limited to twice the total fees, except for fraud, wilful misconduct and breach of Clause 7.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the operation of the API or the Feed Mapping work without Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs for the Subscription Term. It may be renewed only by a written renewal order signed by both parties; it does not renew automatically.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it. If Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

11.3 On expiry or termination Customer may keep the Licensed Data already received for its internal records.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the Bolivarian Republic of Venezuela.

12.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Caracas under the rules of the Business Arbitration Center of the Caracas Chamber of Commerce (Centro Empresarial de Conciliacion y Arbitraje). The arbitration shall be conducted in English and the award shall be final.

12A. COMPLIANCE

12A.1 Each party shall comply with the export, sanctions and anti-corruption laws that apply to it. The Provider confirms that it owns or is licensed to supply all Licensed Data.

13. SUPPORT AND REVIEWS

13.0 The Provider shall provide support in English and Spanish by e-mail and telephone, and shall hold a review call with Customer each quarter on data quality, incidents, usage and planned changes to the API. The Provider shall give Customer at least sixty days' notice of any change that removes a field or alters the format of the Licensed Data.

14. GENERAL

14.1 Notices shall be given in writing by e-mail with confirmation and by courier to the addresses above.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

SIGNED by the parties' authorised representatives:

For Datos del Llano, C.A.: ____________________  Name: ____________  Title: Director General

For Qingdao Fengyuan Cocoa Trading Co., Ltd.: ____________________  Name: ____________  Title: General Manager
"""

# ----------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h572z01_scenic_area_booking_platform.pdf", "zh", "software", Z01),
    "z02": ("h572z02_tyre_plant_curing_press_controls.docx", "zh", "hardware", Z02),
    "z03": ("h572z03_bakery_chain_ordering_saas.txt", "zh", "cloud", Z03),
    "z04": ("h572z04_sports_centre_venue_system_om.txt", "zh", "services", Z04),
    "z05": ("h572z05_peanut_oil_mill_pressing_mes_supplier_template.md", "zh", "software", Z05),
    "e01": ("h572e01_coffee_traceability_licence_colombia.pdf", "en", "software", E01),
    "e02": ("h572e02_seafood_cold_chain_saas_order_form_ecuador.md", "en", "cloud", E02),
    "e03": ("h572e03_tea_garden_sensors_bolivia.docx", "en", "hardware", E03),
    "e04": ("h572e04_managed_it_services_paraguay_branch.md", "en", "services", E04),
    "e05": ("h572e05_cocoa_market_data_api_venezuela.txt", "en", "cloud", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in KEYS order; extra; design (fee base for TCO, forum outside mainland, designed rules)
T = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1320000), dict(fee_base=680000),
            []),
    "z02": ([None, 0.5, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 8, False, True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1671000), dict(fee_base=1445000),
            ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": ([99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=526000), {},
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ([None, None, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, None, S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000), {},
            ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z05": ([None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 28, False, True, None, None, G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1200000), dict(fee_base=800000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ([None, 2, True, "buyer", True, True, True, None, 800000 / 1240000 * 100, 20, True, True, 18, 13, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1240000), dict(fee_base=800000),
            ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e02": ([99.7, 1, True, "buyer", True, False, True, 400 / 586000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000), {},
            ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "e03": ([None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=739000), dict(fee_base=627400),
            []),
    "e04": ([99.95, 0.5, True, "buyer", False, True, True, 450 / 608000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=608000), {},
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ([99.95, 1, True, "buyer", True, True, True, 180 / 220000 * 100, 200, None, True, None, None, None, False, True, False, "Venezuela", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=220000), {},
            ["CR-GOVERNING-LAW"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, d, horizon=5.0):
    """Policy section 4: post-warranty fees over the horizon / TCO; warranty starts at acceptance."""
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fee = d["fee_base"] * t["post_warranty_fee_pct"] / 100
    fees = post_years * fee
    return fees / (x["contract_value"] + fees) * 100


def expected_rules(t, x, d):
    """My own reading of policy.md section 3 applied to a label."""
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if (t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]
                and t["warranty_months"] is not None and tco_share(t, x, d) > 40):
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"

# ---------------------------------------------------------------------------------------------- threshold scan
ND = r"(?<![\d.,])"          # no digit (or decimal point) before
CN = "一二三四五六七八九十百千万〇零两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    ND + r"99\.9(?!\d)" + PCT, r"百分之九十九点九(?![" + CN + "])",
    ND + r"4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![" + CN + r"])四\s*个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?\b",
    ND + r"240\s*(?:分钟|minutes?\b)",
    ND + r"0\.05(?!\d)" + PCT, r"万分之五(?![" + CN + "])", r"千分之零点五", ND + r"0\.5\s*‰",
    ND + r"100(?!\d)" + PCT, r"百分之一?百", r"\bone\s+hundred\s+per\s*cent",
    ND + r"30(?!\d)" + PCT, r"百分之三十(?![" + CN + "])", r"三成", r"\bthirty\s+per\s*cent",
    ND + r"12\s*(?:个月|個月|months?\b|-month)", r"(?<![" + CN + r"])十二个月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b",
    r"一年", r"\bone[\s-]+years?\b", ND + r"1\s*(?:年(?!度)|years?\b|-year)",
    ND + r"15(?!\d)" + PCT, r"百分之十五(?![" + CN + "])", r"\bfifteen\s+per\s*cent",
    ND + r"40(?!\d)" + PCT, r"百分之四十(?![" + CN + "])", r"四成", r"\bforty\s+per\s*cent",
    ND + r"5\s*(?:年(?!度)|years?\b|-year)", r"(?<![" + CN + r"])五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
    ND + r"60\s*(?:个月|months?\b)", r"六十个月", r"\bsixty\s+months\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months",
            "1 year", "百分之十五", "百分之四十"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "130%",
             "140%", "24个月", "二十四个月", "1,240,000", "0.055%", "15,000", "25年度", "Subscription Year",
             "2015 onwards", "8 hours", "百分之三十五", "一个服务年度", "10.5%", "100,000", "0.1%"]


def scan(text):
    hits = set()
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits.update(m.group(0) for m in THRESHOLD_RE.finditer(variant))
    return sorted(hits)


def selftest():
    for s in MUST_HIT:
        assert scan("x " + s + " y"), ("must hit", s)
    for s in MUST_MISS:
        assert not scan("x " + s + " y"), ("must miss", s, scan("x " + s + " y"))


# ---------------------------------------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    n = len(text.split())
    return n, n


def check_labels(key, t, x, d):
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
        assert abs(tco_share(t, x, d) - 40) > 2, key


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, cat, src) in FILES.items():
        assert not scan(src), (key, scan(src))
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    report = []
    for key, (name, lang, cat, src) in FILES.items():
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (key, hits)
        n_all, n_nows = measure(text, lang)
        if lang == "zh":
            assert 2750 <= n_all <= 3000, (key, n_all, n_nows)  # n_nows (no whitespace) is reported only
        else:
            assert 1450 <= n_all <= 1650, (key, n_all)
        vals, x, d, design = T[key]
        t = dict(zip(KEYS, vals))
        check_labels(key, t, x, d)
        rules = expected_rules(t, x, d)
        assert rules == sorted(design), (key, rules, design)
        covered.update(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        share = ("%.2f%%" % tco_share(t, x, d)) if d.get("fee_base") else "-"
        report.append("%s %s len=%s/%s TCO=%s risk=%s %s" % (key, name, n_all, n_nows, share, risk(rules),
                                                              ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("\n".join(report))
    print("all 20 CR rules covered")


if __name__ == "__main__":
    main()
