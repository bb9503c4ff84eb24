"""holdout970: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Sources are kept below; .docx/.pdf are built with
../word_pdf.py (PDF lines pre-wrapped at word boundaries). Checks: lengths as read back, no threshold value in any label,
no threshold figure in any built text (regex, self-tested), rules derived from the labels = design list, all 20 rules covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:房屋租赁合同网签备案平台建设项目合同书
P:合同编号：ZJJ-ZFCG-2026-0417
P:采购人（甲方）：某市住房和城乡建设局
P:供应商（乙方）：江城数联信息技术有限公司
P:根据政府采购项目（项目编号：JCZC2026-118）公开招标结果及招标文件、投标文件，经双方协商一致，就房屋租赁合同网签备案平台的软件许可、定制开发及实施服务订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供房屋租赁网签备案平台软件永久使用许可（不限用户数，部署于甲方政务云），并完成定制开发：租赁合同示范文本在线签约、房源核验、备案证明电子化、与不动产登记、公安人口、市场监管等部门的数据接口，以及面向住房租赁企业的批量备案功能。
P:1.2 乙方负责系统部署、历史网签数据迁移（约46万条）、联调测试、上线切换及培训。具体功能与技术要求以招标文件第三章及乙方投标文件为准，与本合同不一致的，以本合同为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾玖万元整（¥2,190,000.00），为固定总价，含税，包括软件许可、定制开发、实施、培训及质保期内的全部服务费用。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥760,000；实施部署与数据迁移费¥214,000；培训费¥36,000。
P:2.3 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%，即¥438,000，作为预付款。
P:3.2 系统上线试运行满六十日并通过初步验收后，甲方支付合同总价的45%，即¥985,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥766,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按照国库集中支付有关规定办理支付，因财政审批流程造成的合理时间延误不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初步验收申请，一百五十日内完成数据迁移和上线切换。
P:4.2 乙方应在开工前提交实施方案和进度计划，经甲方确认后执行；每两周提交一次进度报告。
P:4.3 乙方应为甲方及区县住建部门业务人员、系统管理员分别组织集中培训，培训不少于六期，并提供操作手册和培训视频。
P:4.4 乙方项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（一）合同约定的功能全部实现，测试用例通过率不低于98%；（二）迁移数据经逐条比对，差错率不高于万分之一；（三）与各部门的接口连续十五日运行无差错；（四）在1,000个并发用户下，主要业务页面平均响应时间不超过2秒。
P:5.2 最终验收标准：（一）初步验收遗留问题全部整改完毕；（二）试运行期间未发生一级故障；（三）取得具有资质的第三方机构出具的安全测评报告和商用密码应用安全性评估报告，且无高风险问题；（四）交付全部文档、源代码和部署手册。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以双方签字的验收报告为准。系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持服务。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，双方另行签订维护合同，年度维护费不高于平台软件许可费的8%（即¥94,400），该价格在质保期满后的三个年度内不作上调。维护合同期满即终止，不自动续期。
H:第七条 服务水平
P:7.1 质保期及维护期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日经甲方同意）。
P:7.2 故障分级及响应：一级故障（平台无法访问或网签备案业务中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，次日内解决；三级故障（一般问题）两个工作日内解决。
P:7.3 乙方未达到上述要求的，一级故障每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，在当期应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、数据库设计及相关文档（含源代码），其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台软件原有的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯任何第三方的合法权利，如发生侵权纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的网签合同、备案信息、当事人身份信息及其他业务数据均属于甲方所有。未经甲方书面同意，乙方不得以任何方式留存、复制、使用或向第三方提供，亦不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，运维操作须通过甲方堡垒机进行，测试使用脱敏数据，数据不得带离甲方政务云环境。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应与参与本项目的人员签订保密承诺书。
P:10.2 本条保密义务不因合同终止而失效，在合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限交付或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面通知后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市住房和城乡建设局    乙方（盖章）：江城数联信息技术有限公司
P:签订日期：2026年    月    日
"""

SRC["z02"] = """T:暖脚宝生产线控制系统改造合同
P:合同编号：NJB-SB-2026-031
P:甲方（买方）：浙江暖禾电器有限公司
P:乙方（卖方）：杭州恒控自动化工程有限公司
P:甲方主要生产暖脚宝、暖手宝等电热取暖产品，现有六条装配及检测生产线的控制系统老化，故障多、数据无法采集。经询价比选，甲方确定由乙方承担控制系统改造项目。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责六条生产线控制系统的设计、设备供货、安装、编程、调试及培训，包括：更换PLC控制柜，加装温控模块及发热片检测传感器，更换操作屏，部署产线集中监控软件，实现各工位温度曲线、耐压测试结果、产量及不良品数据的实时采集和追溯。
P:1.2 改造须分线实施，每条生产线停线时间不超过五日，不得影响甲方其他生产线正常生产。具体技术要求见附件一《技术规格书》。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰玖拾万元整（¥1,900,000），含税、含运输、保险、安装调试及质保期内服务，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含变频器、继电器）|6套|128,000|768,000
TB:2|温控模块及发热片检测传感器|1批|312,000|312,000
TB:3|HMI操作触摸屏|6台|18,000|108,000
TB:4|工控机（含监控软件运行环境）|2台|26,000|52,000
TB:5|产线集中监控软件许可（永久）|1套|400,000|400,000
TB:|硬件及软件小计|||1,640,000
TB:6|安装调试|1项|148,000|148,000
TB:7|PLC程序及生产报表定制开发|1项|112,000|112,000
TB:|合计|||1,900,000
P:2.2 上述价格为固定价格，不因原材料或汇率变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%（¥380,000）作为预付款。
P:3.2 全部设备到货并完成六条线安装调试后，甲方支付合同总价的45%（¥855,000）。到货签收及安装调试完成不代表质量验收合格。
P:3.3 项目最终验收合格后，甲方支付合同总价的35%（¥665,000）。
P:3.4 乙方应在每期付款前开具增值税专用发票，甲方收到发票后二十日内付款。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在到货后六十日内完成全部生产线的安装调试。
P:4.2 设备须为全新原装正品，附合格证、说明书及出厂检验报告。乙方现场人员应遵守甲方安全生产及用电管理制度。
P:4.3 每条生产线改造前，乙方应提交停线切换方案，列明拆除、安装、接线、空载调试、带料试产的时间安排及回退措施，经甲方生产部确认后实施。切换失败的，乙方应在当日恢复原控制系统，保证次日正常生产。
P:4.4 乙方应在施工现场做好防火、防触电措施，施工垃圾及拆除的旧设备按甲方指定地点堆放，旧设备归甲方所有。
H:第五条 验收
P:5.1 验收标准：（一）设备型号、数量与合同一致；（二）温控精度达到±1℃，耐压测试数据采集完整，无漏检；（三）监控软件与六条线数据连通，数据刷新周期不超过3秒；（四）连续带负荷生产十五日，无因控制系统原因造成的停线；（五）改造后每条线的不良品率不高于改造前三个月平均值。
P:5.2 甲方在乙方书面申请后十日内组织验收，双方签署验收报告。验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。设备安装、试生产或甲方使用均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，非甲方原因造成的设备故障，乙方免费维修或更换，监控软件免费修复缺陷并升级。
P:6.2 质保期满后，乙方按年提供维保服务（含定期巡检、备件更换、软件升级及故障维修），年度维保费按硬件及软件小计的28%计取，即每年¥459,200，在质保期满后的四个年度内不作调整。甲方有权选择是否续签维保。
H:第七条 技术服务
P:7.1 乙方设立服务热线和驻厂联络人，质保期及维保期内按以下时限提供服务：一级故障（整条生产线停机）1小时内响应，8小时内到场；二级故障（单个工位或数据采集中断）3小时内响应，次日到场；三级故障（一般问题）两个工作日内处理。
P:7.2 乙方每季度对控制系统巡检一次，并提交巡检报告。
P:7.3 乙方应在甲方厂区存放常用备件（包括PLC模块、温控模块、传感器及触摸屏各不少于两件），备件消耗后十日内补足。
P:7.4 乙方应对甲方电工、设备员及班组长进行操作和维护培训，培训不少于三次，每次不少于一天，并提供中文操作手册、电气图纸和程序备份。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、组态画面、生产报表及接口程序，连同源代码和技术文档，其知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 监控软件产品本身的知识产权归乙方或其许可方所有，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 控制系统产生的生产数据、工艺参数及质量记录均属甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:9.2 乙方应采取工控安全防护措施，远程维护须事先取得甲方批准并在甲方监督下进行，禁止在控制网络中使用未经查杀的移动存储介质。发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方；因乙方原因造成的，由乙方赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对在项目中获知的甲方工艺、配方、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后三年内仍然有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方设备或程序缺陷导致甲方停产的，乙方应赔偿甲方由此造成的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方如需将电缆敷设等辅助工作分包，须事先取得甲方书面同意，并对分包人的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过四十五日，或设备经两次整改仍不合格，或有其他严重违约行为的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:第十四条 不可抗力
P:14.1 因地震、洪水、火灾等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，可相应延期履行或部分免除责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交金华仲裁委员会仲裁。
H:第十六条 其他
P:16.1 附件一《技术规格书》、附件二《设备清单》为本合同不可分割的组成部分。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:16.2 双方指定的项目联系人及联系方式见附件三。一方变更联系人的，应提前三日书面通知对方。按本合同发出的通知以书面形式送达对方联系人，邮寄的以签收日为送达日，电子邮件的以发出日为送达日。
P:16.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：浙江暖禾电器有限公司    乙方（盖章）：杭州恒控自动化工程有限公司
"""

SRC["z03"] = """少儿口才培训门店预约及会员管理系统（SaaS）服务合同

合同编号：XZC-IT-2026-0902
甲方（客户）：上海星主持文化传播有限公司
乙方（服务商）：苏州课栈云软件有限公司

甲方经营“星主持”少儿口才与小主持人培训连锁品牌，在长三角地区共有35家直营门店。甲方拟使用乙方的课栈云门店预约及会员管理系统，统一管理课程排期、试听预约、会员卡、课消与续费。经协商，双方订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式，向甲方35家门店提供课栈云系统的使用权，功能包括：
1. 课程排期、教室与老师排班、试听及正式课在线预约；
2. 会员档案、会员卡与课时包管理、课消记录、续费提醒；
3. 家长端小程序（预约、签到、课后点评、作品视频查看）；
4. 经营报表（门店营收、课消、续费率、老师课时）及总部驾驶舱。
（二）乙方提供一次性实施服务：系统开通与配置，从甲方现有系统迁移会员及课时余额数据（约2.1万名学员），为甲方定制三张总部经营报表及与甲方财务系统的收款对账接口，对各门店店长和前台进行培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前六十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期年度的服务费由乙方根据届时的产品价格体系确定，乙方有权上调，并于续期前通知甲方。

三、服务费用及支付
（一）年度服务费按门店数计算：每家门店每个服务年度¥9,600，35家门店每个服务年度合计¥336,000，两个服务年度合计¥672,000。
（二）实施费为一次性费用¥58,000。
（三）合同总价为人民币柒拾叁万元整（¥730,000），含6%增值税。
（四）支付方式：
1. 实施费在系统上线验收合格后十五个工作日内支付；
2. 年度服务费按季度支付，每季度¥84,000，于每个服务季度开始后十个工作日内支付；
3. 乙方应在收款前开具增值税专用发票。
（五）服务期内甲方新增门店的，按每家门店剩余服务月数折算服务费，以补充协议确定；关闭门店的，对应服务费从下一季度起相应减少。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成配置、数据迁移和定制开发，并提交上线验收申请。
（二）上线验收标准：
1. 第一条约定的全部功能可正常使用，甲方提供的测试用例全部通过；
2. 学员档案与课时余额迁移后逐条核对一致，差错为零；
3. 收款对账接口连续十日对账结果与财务系统一致；
4. 三家试点门店试运行十日，未发生一级故障。
（三）甲方在收到申请后七个工作日内组织验收并出具书面意见。不符合标准的，乙方应在七日内整改后重新提交验收。系统开通或试运行均不视为验收合格。
（四）验收合格后，乙方应向甲方交付系统管理员手册、门店操作手册、定制报表说明、接口文档及源代码。
（五）上线后首月，乙方应安排实施顾问驻场总部，并在每周营业高峰（周六、周日）安排专人在线值守，协助门店处理预约和课消问题。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%（经甲方同意的计划维护除外，计划维护应安排在晚间22:00至次日7:00之间）。
（二）故障响应：
1. 一级故障（系统无法登录、预约或课消功能全部不可用）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：2小时内响应，次日内恢复；
3. 三级故障（一般问题和咨询）：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，减免当季度服务费的2%；一级故障超过约定恢复时间的，每超过一小时减免¥500。减免金额在下一期服务费中抵扣。
（四）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长及服务补偿金额。
（五）乙方提供7×12小时客服热线及在线工单，系统版本更新不得影响门店营业，重大版本更新应提前七日通知甲方并提供更新说明。

六、数据
（一）甲方及门店在系统中录入或产生的学员信息、家长信息、课程与交易数据，其所有权归甲方。
（二）乙方可对甲方数据进行脱敏和汇总处理，形成不能识别到具体个人的统计数据，用于改进乙方产品、开展行业分析及向其他客户提供行业对标报告，该等汇总数据归乙方所有。
（三）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在交付确认后删除系统中的甲方数据。
（四）服务期内，甲方总部管理员可随时通过系统后台自行导出学员、会员卡、课消及收款明细数据，乙方不得设置额外收费或技术障碍。
（五）家长端小程序收集家长和学员个人信息前，应以显著方式取得监护人同意，隐私政策文本应经甲方确认。

七、数据安全
（一）系统应部署在中国境内通过等保三级测评的云平台，学员及家长个人信息加密存储和传输，乙方实行最小权限访问并保留访问日志不少于六个月。
（二）乙方应遵守《个人信息保护法》关于未成年人个人信息保护的规定，不得向家长推送第三方广告。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方，协助甲方履行告知和报告义务；因乙方原因造成的，由乙方承担全部赔偿责任。

八、知识产权
（一）课栈云系统及其后续版本的知识产权归乙方所有。
（二）乙方为甲方定制的三张经营报表、收款对账接口及相关源代码，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、保密
双方对履行本合同中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。

十、违约责任
（一）乙方未按第四条约定期限通过上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方应按时付款，提供必要的门店信息和测试数据，并指定总部项目负责人配合实施。
（三）甲方逾期付款超过三十日的，乙方可书面催告，催告后十五日仍未支付的，乙方可暂停服务，但应提前三个工作日通知。

十一、分包
乙方不得将本合同项下的主要服务分包；将短信通道、小程序审核等辅助服务交由第三方的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并按未履行期间的比例退还已付服务费。
（二）连续三个月月度可用率低于承诺值的，甲方有权解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十四、不可抗力
因自然灾害、公共卫生事件、政府行为或公共网络大面积中断等不可抗力导致无法履行的，受影响方应在三日内通知对方并提供证明，在影响范围内免责，但乙方应尽最大努力恢复服务并保障数据不丢失。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、定制报表需求说明。

甲方（盖章）：上海星主持文化传播有限公司
乙方（盖章）：苏州课栈云软件有限公司
"""

SRC["z04"] = """输电杆塔倾斜监测系统年度运维服务合同

合同编号：QYGDJ-YW-2026-077
采购方（甲方）：某市供电局
服务方（乙方）：南粤智巡电力科技有限公司

根据甲方“输电杆塔倾斜监测系统运维服务”竞争性磋商采购结果（采购编号：QY-CS-2026-0315），经双方协商一致，签订本合同。

第一条 服务对象与范围
（一）运维对象：甲方辖区内110kV及以上输电线路上安装的倾斜监测终端1,260套（含倾角传感器、太阳能供电单元、北斗/无线通信模块），以及部署在甲方信息机房的监测主站平台（含数据库服务器2台、应用服务器2台及告警推送模块）。
（二）服务内容：
1. 监测终端的季度巡检、清洁校准、电池及太阳能板检查，故障终端的维修或更换；
2. 主站平台的日常巡视、系统补丁、数据库备份、告警规则维护和性能优化；
3. 杆塔倾斜告警的全天候监视，一级、二级告警的电话通知和现场复核配合；
4. 每月编制运维月报，每季度编制杆塔倾斜趋势分析报告，汛期及台风期间编制专项报告；
5. 配合甲方开展迎峰度夏、防风防汛等专项保供电工作。

第二条 服务期限
（一）服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，另行组织采购程序。
（二）服务开始前十五日内，乙方应与甲方及原运维单位完成交接，逐套核对终端编号、安装位置、运行状态和备品数量，形成交接清单并由三方签字。交接中发现的既有缺陷应单独列明，由甲方另行安排处理。
（三）服务期满前三十日内，乙方应向甲方或甲方指定的单位移交全部运维资料、账号口令、备品备件和未闭环缺陷清单，并提供不少于十五日的过渡期技术支持，过渡期不另行收费。

第三条 服务费用与支付
（一）年度运维服务费为人民币壹佰壹拾捌万陆仟元整（¥1,186,000），含税，包括人工、交通、备品备件、仪器仪表、通信流量费及乙方为履行本合同所需的一切费用。
（二）服务费按季度支付，每季度¥296,500。每季度结束后，甲方依据第五条完成季度考核，并在收到乙方发票后二十个工作日内支付该季度服务费（扣除按第六条、第九条应扣减的金额）。
（三）本合同不设预付款。

第四条 乙方人员与工具
（一）乙方应组建不少于十二人的运维团队，其中项目经理一名、平台运维工程师两名，线路运维人员须持有登高作业证和电工证。
（二）乙方应配备巡检车辆、无人机、倾角校准仪和足量备品，备用终端不少于四十套，存放于甲方指定仓库。
（三）乙方人员进入甲方生产场所，须遵守《电力安全工作规程》，办理工作票，服从甲方现场管理。
（四）乙方更换项目经理或平台运维工程师的，须提前十日书面报甲方同意，新任人员的资格和经验不得低于响应文件承诺。甲方认为乙方人员不称职的，有权要求更换。

第五条 考核与验收
（一）季度考核标准：
1. 巡检计划按期完成，巡检记录、照片及校准数据完整上传平台；
2. 终端故障在第六条规定的时限内修复，无超期未修复终端；
3. 平台数据库备份按日执行并每月进行一次恢复演练；
4. 运维月报和季度趋势分析报告按时提交，内容经甲方审核通过。
（二）甲方在每季度结束后十个工作日内组织考核，出具书面考核意见。考核不合格的，乙方应在十日内整改并重新报验。
（三）服务期满后，甲方依据全年考核结果和乙方移交的全部运维资料组织年度服务验收。
（四）年度服务验收标准：四个季度考核均为合格；全年无因乙方原因漏报、迟报的倾斜告警；终端台账与现场一致；运维资料按第二条第（三）项完成移交。

第六条 服务水平
（一）监测主站平台年度可用率不低于99.95%。
（二）故障分级与时限：
1. 一级故障（主站平台中断、告警推送失效或批量终端离线）：30分钟内响应，2小时内到达机房或现场，6小时内恢复；
2. 二级故障（单套终端离线或数据异常）：2小时内响应，48小时内修复或更换；
3. 三级故障（一般缺陷）：在下次巡检时处理完毕。
（三）未达到上述要求的，一级故障每超时一小时扣减服务费¥2,000，二级故障每套每超时一日扣减¥300；平台年度可用率每低于承诺值0.01个百分点，扣减¥3,000。
（四）汛期、台风预警期间及甲方启动应急响应时，乙方应安排不少于四名线路运维人员在甲方指定地点待命，一级、二级告警的现场复核须在告警发出后3小时内完成，并将现场照片和复核结论上传平台。
（五）乙方应建立运维工单台账，每张工单记录发现时间、响应时间、到场时间、处理过程和闭环时间，甲方可随时抽查。

第七条 数据安全
（一）监测数据、杆塔台账、线路地理信息及平台中的全部数据均属甲方所有，乙方不得复制、留存或用于本合同以外的任何目的，不得向任何第三方提供。
（二）乙方应遵守《电力监控系统安全防护规定》及甲方网络安全管理要求，远程运维一律通过甲方堡垒机，严禁私接外网，运维终端须安装甲方指定的安全软件。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在发现后2小时内报告甲方，并配合调查处置。因乙方原因造成的，乙方承担全部赔偿责任及相应的监管处罚。
（四）服务结束时，乙方应交回全部账号、证书和介质，并删除其设备中存有的甲方数据，出具删除确认书。

第八条 工作成果
乙方在运维中形成的巡检记录、运维报告、趋势分析报告、告警规则和脚本，其所有权和知识产权归甲方所有，甲方可自行使用、修改或提供给其他单位使用。

第九条 违约责任
（一）乙方未按计划完成季度巡检，或未按甲方书面通知的期限完成缺陷整改的，每逾期一日，按合同总价的千分之一支付违约金。
（二）因乙方漏报、迟报杆塔倾斜告警，造成线路故障或停电事故的，乙方应赔偿甲方由此造成的直接损失。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第十条 合同的变更与解除
（一）服务期内甲方新增或拆除监测终端的，服务费按每套终端每月¥78.4的标准相应调整，以补充协议确定。
（二）本合同生效后，除因不可抗力致使合同目的不能实现的情形外，任何一方不得单方解除本合同。乙方存在违约行为的，甲方依照第六条、第九条扣减服务费或要求乙方支付违约金。

第十一条 分包
乙方不得将本合同项下的服务全部或部分转包、分包给第三方。

第十二条 安全责任
乙方对其人员在作业中的人身安全负责，应为作业人员购买意外伤害保险。登杆及无人机作业须严格执行工作票和监护制度，恶劣天气禁止登杆作业。因乙方违章作业造成人身伤亡或设备损坏的，由乙方承担责任。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（二）本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。
（三）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。

甲方（盖章）：某市供电局                乙方（盖章）：南粤智巡电力科技有限公司
日期：2026年12月    日
"""

SRC["z05"] = """# 匠链工序追踪软件许可及定制开发合同

（匠链软件标准合同文本 V3.0，编号：JL-HT-2026-0611）

- 甲方（用户）：泾县松烟宣笔工作室
- 乙方（供应商）：合肥匠链信息科技有限公司

甲方为宣笔制作工作室，拟引入乙方的“匠链”工序追踪软件，记录每批毛笔从选料、水盆、结头、装套、修笔到刻字的工序流转。经友好协商，双方按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工序追踪软件标准版的永久使用许可，含服务器端一套及工位扫码终端授权十个。

1.2 乙方根据甲方需求进行定制开发：宣笔制作工序节点配置（选料、浸泡、水盆、齐毫、结头、装套、修笔、刻字、包装）、原料批次及工匠档案、每支毛笔的扫码追溯页面、工序耗时统计表和微店订单对接。

1.3 乙方负责软件安装、基础数据导入和操作培训。定制需求以双方确认的《需求确认单》为准，确认后甲方提出的变更另行计费。

1.4 软件主要功能：工序流转扫码报工；原料（羊毫、兔毫、狼毫、笔杆）入库及批次管理；工匠计件工资统计；成品编号与防伪追溯二维码生成；工序耗时及返工率统计；微店订单同步及发货记录。具体功能以乙方产品说明书为准，产品说明书未列明的功能不属于本合同范围。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追踪软件标准版许可（含十个工位终端授权） | 168,000 |
| 2 | 宣笔工序定制开发 | 126,000 |
| 3 | 安装部署及培训 | 26,000 |
| | 合计 | 320,000 |

合同总金额为人民币叁拾贰万元整（¥320,000），含增值税。服务器及扫码枪等硬件由甲方自备。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总金额的65%，即¥208,000。乙方收到该款项后启动开发。

3.2 软件上线运行后五个工作日内，甲方支付合同总金额的35%，即¥112,000。

3.3 甲方逾期付款的，乙方有权暂停开发和技术支持，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十个工作日内完成开发并在甲方现场安装上线。

4.2 甲方应按乙方要求提供工序资料、工匠名单、原料批次等基础数据，并安排人员参加培训。因甲方资料提供不及时造成延误的，交付期限相应顺延。

4.3 乙方为甲方提供两次现场培训，每次半天，培训对象为工作室负责人、工序记录员及工匠代表。培训内容包括扫码报工、批次建档、追溯页面维护和统计报表查询。培训结束后乙方提供电子版操作手册。

4.4 上线前，乙方协助甲方导入不超过两千条历史批次记录，超出部分按乙方实施人天单价另行收费。

4.5 甲方应自备满足乙方配置要求的服务器、网络环境和扫码设备。因甲方硬件或网络不符合要求导致无法上线的，乙方不承担责任。

## 第五条 验收

5.1 软件安装完成并上线运行，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在上线后三日内以书面形式提出，逾期未提出的视为无异议。

5.3 上线后甲方使用中发现的软件缺陷，由乙方按第六条在免费维护期内处理，不影响验收结论和付款。

## 第六条 维护与技术支持

6.1 软件免费维护期为六个月，自软件上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 乙方在工作日工作时间内通过电话、微信提供远程技术支持，对甲方反映的问题尽力协助解决。

6.3 免费维护期满后，甲方如需继续获得维护服务，应向乙方购买年度维护服务，维护费按乙方当年公布的服务价目表执行。

6.4 因甲方自行修改配置、操作不当或硬件故障造成的问题，不属于免费维护范围。

6.5 软件升级：免费维护期内，乙方提供标准版的小版本升级；大版本升级及新增功能模块需另行购买。免费维护期满后未购买维护服务的，乙方不再提供升级和缺陷修复。

6.6 乙方现场服务按乙方差旅标准另行收取差旅费和人天服务费。

## 第七条 知识产权

7.1 匠链软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的工序节点配置、追溯页面、统计报表及订单对接程序，其知识产权归乙方所有。乙方授予甲方在本工作室范围内非独占、不可转让的使用权，甲方不得对其进行修改、反编译或提供给第三方。

7.3 乙方可将本项目中形成的通用功能纳入其标准产品。

## 第八条 数据

8.1 甲方在软件中录入和产生的工序记录、原料批次、工匠档案和订单数据归甲方所有，乙方仅为履行本合同使用。

8.2 软件部署于甲方自备服务器。乙方远程维护须经甲方同意，乙方应对维护中接触的数据采取必要的安全措施，不得复制带走；因乙方原因导致数据泄露或丢失的，由乙方承担相应的赔偿责任。

8.3 甲方应自行做好数据备份。乙方建议甲方每周将数据库备份至移动硬盘或云存储，因甲方未备份造成的数据损失，乙方不承担责任。

8.4 合同终止后，乙方远程维护账号即行注销，甲方可继续使用已付款的软件功能及其中的全部数据。

## 第九条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露。甲方的制笔工艺、原料来源和客户名单属于甲方保密信息。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

10.2 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总金额的20%为限。乙方对甲方的间接损失、利润损失不承担责任。

10.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.4 因甲方未按约定提供资料、未及时确认需求或未按期付款导致工期延误的，乙方不承担逾期责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权解除合同。

11.2 因甲方原因解除合同的，已付款项不予退还。

11.3 合同解除后，甲方应停止使用尚未付清款项对应的软件功能，并删除相关安装文件。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，根据影响程度部分或全部免除责任。不可抗力包括自然灾害、疫情、政府行为、电力及通信网络中断、第三方平台（包括微店）接口变更或停止服务等乙方无法控制的情形。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 双方的通知以书面、电子邮件或微信工作群消息方式送达，发出即视为送达。一方变更联系人或联系方式的，应及时通知对方。

14.2 本合同附件包括《需求确认单》及乙方产品说明书，附件与本合同正文具有同等效力；附件与正文不一致的，以正文为准。


14.3 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.4 本合同为乙方标准合同文本，双方对条款已充分理解，无异议。

甲方（盖章）：泾县松烟宣笔工作室　　乙方（盖章）：合肥匠链信息科技有限公司

签订日期：2026年　　月　　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LRS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengrun Pharmaceutical Packaging Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Taizhou, Jiangsu (the "Customer"), and Limestone Ridge Software, Inc., a Kentucky corporation with its principal office at Market Street, Maysville, Kentucky, United States (the "Vendor").
P:The Customer makes blister foil, aluminium caps and printed cartons for pharmaceutical companies and wishes to replace its paper-based equipment maintenance records with the Vendor's computerised maintenance management system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Limestone Ridge CMMS, version 9, in object code, including the mobile work-order application and the standard reports, together with any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data-conversion scripts, report templates and workflow configurations that the Vendor develops specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including equipment registers, work orders, spare-parts records and inspection results.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in China for the internal business of the Customer and its wholly owned subsidiaries, for up to 180 named users and unlimited mobile devices.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it for the Customer's three plants, develop the interfaces to the Customer's ERP system and its energy-metering system, convert the existing equipment register and six years of maintenance spreadsheets, and train the Customer's maintenance staff and key users.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and shall provide on-site consultants at the Customer's plants during configuration, testing and go-live. The detailed scope and plan are set out in Annex 1.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 2,028,000, made up of the Licence Fee of CNY 1,460,000, Configuration and Integration Services of CNY 520,000 and Training of CNY 48,000. The price is fixed and includes all taxes payable in China, travel and living expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 405,600) within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45% (CNY 912,600) within 20 days after installation of the Software and completion of the data conversion, which does not constitute acceptance; and (c) 35% (CNY 709,800) within 20 days after Final Acceptance.
P:4.3 All payments shall be made in CNY to the bank account of the Vendor's representative office in Shanghai stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the system for acceptance testing within 150 days after signature.
P:5.2 Final Acceptance requires that: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) the ERP and energy-metering interfaces run for 20 consecutive working days without data loss or mismatch; (c) the converted equipment register is reconciled record by record against the source files; (d) the mobile application works on the Customer's devices in all three plants; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 The Customer shall complete the tests within 15 working days after notice of readiness and shall either issue the acceptance certificate or list the failures in writing. The Vendor shall correct the failures at its own cost and resubmit. Installation, go-live or use of the Software in production does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 1 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote session from 08:00 to 20:00 China time on working days, and at all times for Severity 1 incidents. A Severity 1 incident is one in which the Software is unavailable or work orders cannot be created or closed at any plant.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour and provide a workaround or fix within 8 hours; Severity 2 incidents shall receive a response within 2 hours and a fix within 3 working days.
P:6.4 If the Vendor misses a response or fix time for a Severity 1 incident, it shall credit the Customer CNY 1,500 for each hour of delay, to be deducted from the next payment or support invoice.
P:6.5 After the warranty period, the Customer may order annual support at 9% of the Licence Fee, that is CNY 131,400 per year. The Vendor shall not increase this fee during the first three years after the warranty period ends. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and only with prior approval for each session. It shall not transfer Customer Data outside the Customer's systems, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This obligation continues for three years after this Agreement ends, and for trade secrets for as long as they remain trade secrets.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Annex 1 for reasons not attributable to the Customer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8 or Article 9.
P:10.3 Neither party is liable for loss of profit or indirect damage, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination under Article 12.1, the Vendor shall refund the amounts paid for undelivered or unaccepted parts, and the Customer may keep and use all delivered Custom Deliverables.
P:12.3 Either party may terminate if the other party becomes insolvent or ceases business.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Commonwealth of Kentucky, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Kentucky, and each party submits to their jurisdiction. Before going to court, the parties shall try for 30 days to settle the dispute through their senior managers.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 This Agreement, with Annex 1 (Scope, Functions and Plan) and Annex 2 (Test Scripts), is the entire agreement of the parties and may be amended only in writing signed by both parties. This Agreement is made in English and Chinese, and both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — CUMBERLAND LEARNING CLOUD

Order Form No. CLC-OF-2026-0388

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below for the subscription services described in Part A.

# PART A — ORDER FORM

## A1. Parties

- **Provider:** Cumberland Gap Learning Systems, LLC, a Kentucky limited liability company, Main Street, Harlan, Kentucky, United States.
- **Customer:** Chengdu Rongjia Supermarket Chain Co., Ltd., a company incorporated in the People's Republic of China, Wuhou District, Chengdu, Sichuan.

## A2. Subscription

The Customer subscribes to the Cumberland Learning Cloud, Enterprise edition, for up to 1,600 active learners and 40 administrator accounts across its 62 supermarkets, three distribution centres and head office. The subscription includes course authoring, mobile learning in Simplified Chinese, exams and certificates, a food-safety and cold-chain compliance library, and reporting dashboards. The service is hosted in a data centre in mainland China operated by the Provider's hosting partner named in the Documentation.

## A3. Subscription Term

The Subscription Term starts on the Go-Live Date (A5) and runs for two consecutive Subscription Years, 24 months in total. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties, and the fees for any renewal are to be agreed at that time.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 1,600 learners, 40 administrators | 384,000 |
| Subscription Fee, Subscription Year 2 | 1,600 learners, 40 administrators | 384,000 |
| Onboarding (configuration, HR interface, content migration, administrator training) | one-time | 46,000 |
| **Total fees for the Subscription Term** | | **814,000** |

Fees include all taxes payable in China. Additional learners above 1,600 may be added at CNY 20 per learner per month, by written order of the Customer only.

## A5. Onboarding, Go-Live and Payment

- The Provider shall complete onboarding and present the service for Go-Live Acceptance within 45 days after signature of this Order Form.
- The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days of the invoice.
- The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of the invoice.
- There is no advance payment. No amount is payable before Go-Live Acceptance.

## A6. Special Conditions

- The Customer's HR system (employee master data) shall be connected through the interface described in the Statement of Work attached to this Order Form.
- Migration covers 310 existing courses and the training records of the last three years from the Customer's current platform.
- The Customer's project contact is the Training Director; the Provider's project contact is its China Account Manager.

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Service" means the Cumberland Learning Cloud subscription described in Part A, including its mobile application and Documentation.

1.2 "Customer Data" means all data, content and records that the Customer or its users upload to or generate in the Service, including employee records, course materials supplied by the Customer, exam results and certificates.

1.3 "Customer Materials" means the course templates, compliance curricula, HR interface and reports that the Provider develops specifically for the Customer during onboarding.

## 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with this Agreement and the Documentation and shall not materially reduce its functions during the Subscription Term.

2.2 The Customer shall use the Service only for its own internal training purposes and shall keep its user credentials secure.

## 3. Go-Live Acceptance

3.1 Go-Live Acceptance requires that: (a) all functions in A2 pass the acceptance test cases agreed in the Statement of Work; (b) all migrated courses open correctly and the migrated training records reconcile with the Customer's export; (c) the HR interface synchronises joiners, movers and leavers correctly for ten consecutive working days; and (d) two pilot stores have used the Service for ten working days without a Priority 1 incident.

3.2 The Customer shall complete its tests within ten working days after notice of readiness and shall either sign the Go-Live Acceptance certificate or list the failures in writing. The Provider shall correct failures and resubmit. Making the Service available, or its use by pilot stores, does not by itself constitute acceptance.

3.3 If Go-Live Acceptance is not achieved within the period in A5 for reasons attributable to the Provider, the Provider shall pay CNY 800 for each day of delay, deducted from the first invoice.

## 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 23:00 and 06:00 China time.

4.2 Incidents are classified as follows. Priority 1: the Service is unavailable to all users or exams cannot be taken. Priority 2: a major function is unavailable to some users. Priority 3: any other defect or question.

4.3 The Provider shall respond to Priority 1 incidents within 30 minutes and restore the Service within 6 hours; Priority 2 incidents shall receive a response within 2 hours and a fix within 2 working days; Priority 3 incidents shall be answered within 2 working days.

4.4 If availability in a month falls below the commitment in 4.1, the Customer receives a service credit of 5% of one twelfth of the annual Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to one half of that monthly amount. If a Priority 1 restore time is missed, the Customer receives an additional credit of CNY 1,000 for each hour of delay. Credits are set off against the next invoice or paid at the end of the Subscription Term.

## 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 During the Subscription Term and for 60 days after it ends, the Customer may export all Customer Data in standard formats. After that period the Provider shall delete Customer Data from the Service and confirm the deletion in writing.

## 6. Intellectual Property

6.1 The Provider and its licensors own the Service, the Documentation and the standard course library.

6.2 The Customer owns the Customer Materials and may use, modify and license them freely, including on other platforms. The Provider shall deliver them in editable formats on request.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including Customer Data and the terms of this Agreement, and shall use it only to perform this Agreement.

7.2 Confidential information may be disclosed to employees and advisers who need it and are bound by confidentiality obligations, or where required by law. This obligation survives for three years after the Agreement ends.

## 8. Subcontractors

8.1 The Provider may use affiliates and third-party subcontractors, including its hosting partner and its Chinese-language support centre, to provide the Service. The Provider shall give the Customer written notice of any new subcontractor at least 15 days before it starts work for the Customer.

8.2 The Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

9.2 The Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer under this Order Form in the six months preceding the event giving rise to the claim.

9.3 The limitations in this Section 9 do not apply to death or personal injury caused by negligence, or to fraud.

## 10. Term and Termination

10.1 This Agreement starts on signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach. If the Customer terminates for the Provider's breach, the Provider shall refund any fees already paid for the period after the termination date.

10.3 The Customer may also terminate if availability falls below the commitment in 4.1 in three consecutive months.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

## 12. General

12.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

12.3 If Part A and Part B conflict, Part A prevails. This Agreement may be amended only in writing signed by both parties.

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

SRC["e03"] = """T:PURCHASE CONTRACT FOR VIBRATION MONITORING SENSORS AND SOFTWARE LICENCE
P:Contract No. JSC-EQ-2026-052
P:This Contract is made between Hubei Jingshan Cement Co., Ltd., a company incorporated in the People's Republic of China, Jingshan, Hubei (the "Buyer"), and Laurel River Instruments, Inc., a Kentucky corporation with its office on Main Street, Corbin, Kentucky, United States, acting through its authorised distributor in Wuhan for delivery and payment (the "Supplier").
P:The Buyer operates two clinker kilns, four raw mills, three cement mills and their fans and conveyors. It wishes to install wireless vibration and temperature sensors and a condition-monitoring software system so that bearing and gearbox faults are found before they stop production. This Contract is made on the Buyer's standard terms, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting accessories and spare parts listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's Laurel River Condition Monitoring software, version 7, for up to 300 measuring points, including its web client and mobile alarm application.
P:1.3 "Custom Work" means the plant-specific dashboards, alarm rules, asset hierarchy, fault-frequency tables and the interface to the Buyer's distributed control system (DCS) and maintenance system that the Supplier prepares for the Buyer under this Contract.
P:1.4 "Buyer Data" means all measurements, spectra, alarms, asset records and reports collected or produced by the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the licence to the Software, install and commission the system at the Buyer's plant, prepare the Custom Work and train the Buyer's staff.
P:2.2 The Software licence is perpetual, non-exclusive and non-transferable, for use by the Buyer and its affiliates on servers owned by the Buyer, without limit on the number of users.
P:2.3 The Supplier shall provide the technical documents, certificates of origin, test certificates and explosion-protection certificates required for the Equipment, in Chinese or with Chinese translation.
H:3. Price Schedule
P:3.1 The Contract Price is fixed and is set out below. It includes delivery to the Buyer's plant, import duties, all taxes payable in China, installation materials and all travel costs of the Supplier's staff.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, with magnetic and stud mounts|240|3,600|864,000
TB:2|Wireless gateway with industrial enclosure|24|9,500|228,000
TB:3|Condition Monitoring Software licence, perpetual, 300 points|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||1,512,000
TB:4|Installation, commissioning and Custom Work|1 lot|136,000|136,000
TB:5|Training of maintenance engineers and operators|1 lot|22,000|22,000
TB:|Contract Price|||1,670,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 167,000) within 15 days after signature, against an advance-payment guarantee of the same amount from a bank in China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 918,500) within 20 days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 584,500) within 20 days after the Final Acceptance Certificate is signed.
P:4.4 Each payment requires a valid VAT invoice issued by the Supplier's distributor.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature and complete installation within 40 days after delivery, in accordance with the schedule agreed at the kick-off meeting.
P:5.2 Installation on running equipment shall be carried out only during planned stops or with the Buyer's written work permit, and the Supplier's staff shall follow the Buyer's safety rules for hot work, height work and confined spaces.
H:6. Acceptance
P:6.1 After installation the parties shall run a trial period of 30 days. Final Acceptance requires that: (a) all 240 sensors transmit data at the agreed interval and no more than two sensors are replaced during the trial; (b) the measured vibration values agree with the Buyer's portable reference instrument within the tolerance stated in the technical specification; (c) the alarm rules detect the test faults simulated on two fans and one mill gearbox; (d) the DCS interface transfers the agreed tags without loss for the whole trial; and (e) all documents and the training have been delivered.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within 10 working days after the trial if the criteria are met, or give written reasons if they are not. The Supplier shall remedy the failures at its own cost and the trial shall be repeated. Delivery, installation or use of the system does not constitute acceptance.
H:7. Warranty and After-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective Equipment, correct Software defects and supply all Software updates free of charge. Batteries of the sensors are covered for the whole warranty period.
P:7.2 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 105,840 per year, covering software updates, remote support, gateway repair and replacement sensors at the agreed unit price. This fee is fixed for the first two years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 A Severity 1 fault is a failure of the monitoring server or software, or the loss of data from more than 20 sensors or from any kiln drive. A Severity 2 fault is any other loss of data or alarm function.
P:8.2 During the warranty period and any support year, the Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote session, restore monitoring within 8 hours and, where a site visit is needed, arrive at the plant within 48 hours. A Severity 2 fault shall be answered within 8 working hours and fixed within 5 working days.
P:8.3 For each hour by which the Supplier exceeds a Severity 1 response or restore time, the Buyer may deduct CNY 1,000 from any amount due to the Supplier or claim it under the warranty bond.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. All rights in the Custom Work belong to the Buyer, who may use, modify and license it freely. The Supplier shall hand over the configuration files, scripts and interface source code at Final Acceptance.
P:9.2 The Supplier shall defend and indemnify the Buyer against any claim that the Equipment or the Software infringes the rights of a third party.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose.
P:10.2 The Software shall run on the Buyer's own servers in the Buyer's plant network. Remote access by the Supplier shall be made only through the Buyer's VPN, with prior approval for each session, and shall be logged. The Supplier shall follow the Buyer's network-security rules and the applicable PRC laws on cybersecurity and data security.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or Buyer Data, take immediate action to contain it, and be liable for all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and business information received under this Contract, including the Buyer's process data and plant layout, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Supplier under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of clause 10 or clause 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under clause 12.1 reach their maximum. The Supplier shall then refund the amounts paid for parts not delivered or not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:16. General
P:16.1 Force majeure excuses delay for as long as it lasts, provided that the affected party gives prompt written notice. This Contract is signed in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. LT-QD-2026-0219

**Between** Qingdao Lanhai Food Machinery Co., Ltd., a company incorporated in the People's Republic of China, Chengyang District, Qingdao (the "Customer"),

**and** Lincoln Trail IT Services, Inc., a Kentucky corporation, Dixie Avenue, Elizabethtown, Kentucky, United States, acting through its registered branch in Qingdao (the "Provider").

The Customer designs and builds food-processing machinery and employs about 900 people at its head office, two factories and a spare-parts warehouse. It wishes to outsource its service desk, end-user support, network operation and server administration to the Provider for a fixed term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Transition" means the handover of the Services from the Customer's internal IT team to the Provider, as described in Section 3.

1.3 "Service Start Date" means the date on which the Customer signs the Transition Acceptance certificate.

1.4 "Customer Data" means all data of the Customer, its employees and customers that the Provider accesses, processes or stores in performing the Services, including system logs and configuration data.

1.5 "Deliverables" means the runbooks, scripts, configuration records, network diagrams, knowledge-base articles and reports that the Provider prepares for the Customer under this Agreement.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Start Date and then end without renewal. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall complete Transition within 60 days after signature, following the transition plan agreed at the kick-off meeting. Transition includes knowledge transfer from the Customer's staff, inventory of all devices and accounts, set-up of the Provider's service desk tools and monitoring, and a parallel run with the Customer's team.

3.2 Transition Acceptance requires that: (a) the asset and account inventory has been reconciled with the Customer's records; (b) monitoring covers every network device and server listed in Schedule 1; (c) runbooks for all critical systems have been approved by the Customer; (d) the service desk has handled live tickets for 15 working days in parallel with the Customer's team, meeting the Schedule 2 targets; and (e) the Provider's staff have passed the Customer's security induction.

3.3 The Customer shall review the results within 10 working days after the Provider's notice and either sign the Transition Acceptance certificate or state the failures in writing. The Provider shall correct the failures and repeat the relevant tests. The start of live ticket handling does not by itself constitute acceptance.

3.4 If Transition is delayed, the Provider shall inform the Customer at once and the parties shall agree a revised plan. The Provider shall bear its own additional costs of any delay that it causes.

## 4. Service Delivery

4.1 The Provider shall perform the Services with suitably qualified staff, including an on-site team at the Customer's head office and a remote operations centre working from Qingdao.

4.2 The Provider shall appoint a Service Delivery Manager who meets the Customer monthly to review performance, incidents, changes and improvement actions, and shall provide the monthly report described in Schedule 2.

4.3 The Provider shall follow the Customer's change-management procedure. No change to a production system may be made without an approved change ticket, except emergency changes reported within one working day.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total value of this Agreement is CNY 2,152,000, consisting of the Transition Charge and 36 Monthly Service Charges.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after deduction of any service credits for that month. The Customer shall pay each correct invoice within 30 days. No advance payment is made under this Agreement.

5.3 The Charges are fixed for the whole term and include all taxes payable in China and all tools, licences for the Provider's own systems and travel within Qingdao.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the service levels in Schedule 2. If it fails to do so, the service credits in Schedule 2 apply. Service credits are a price adjustment and do not limit the Customer's other rights.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider may use it only to perform the Services and shall not copy, keep or use it for any other purpose.

7.2 The Provider shall comply with the Customer's information-security policies and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Privileged access shall be personal, protected by multi-factor authentication and recorded through the Customer's bastion host. Customer Data shall not leave the Customer's systems except as the Customer approves in writing.

7.3 The Provider shall report any actual or suspected security incident affecting Customer Data to the Customer within 2 hours, support the investigation and remedy, and be liable for all losses caused by its failure to comply with this Section 7.

## 8. Intellectual Property

8.1 All rights in the Deliverables belong to the Customer on creation. The Customer may use, modify and license them freely, including to a successor service provider. The Provider keeps its own pre-existing tools and methods.

## 9. Confidentiality

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and shall disclose it only to those of its staff who need to know it and are bound by equal obligations. This obligation continues for three years after the Agreement ends.

## 10. Liability

10.1 The total liability of each party under this Agreement is limited to 150% of the total value stated in Section 5.1. The limit does not apply to death or personal injury, wilful misconduct or breach of Section 7 or Section 9.

10.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded in Section 10.1.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the work of any approved subcontractor.

## 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that it does not remedy within 30 days after written notice, or if the Provider misses the same Priority 1 target in three consecutive months.

12.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days, hand over all Deliverables, credentials and Customer Data, and delete any copies it holds, confirming the deletion in writing.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao.

## 14. General

14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other promptly. This Agreement, with its three Schedules, is the entire agreement of the parties and may be amended only in writing signed by both parties.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for about 900 users; ticket logging and tracking | Monday to Saturday 07:30–20:00 |
| End-user support | Laptops, desktops, printers and mobile devices at head office, two factories and the warehouse; moves, adds and changes | On site during working shifts |
| Network operation | 36 switches, 4 firewalls, 110 wireless access points, SD-WAN links between sites; monitoring and configuration backups | Monitoring at all times |
| Server administration | 48 virtual servers, backup system, directory service and e-mail gateway; patching and capacity reports | Monitoring at all times; changes in agreed windows |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Core network availability (monthly) | 99.95% | 3% of the Monthly Service Charge per 0.1 point below target |
| Priority 1 incident (factory network, ERP access or e-mail down for a whole site): response | within 6 hours | CNY 1,500 per hour late |
| Priority 1 incident: restoration | within 10 hours | CNY 2,000 per hour late |
| Priority 2 incident (group of users or one system affected): response | within 2 hours | CNY 500 per hour late |
| Priority 3 request (new user, software installation, password reset): fulfilment | within 3 working days | CNY 200 per request fulfilled late |
| Monthly service report | by the 5th working day of the following month | 1% of the Monthly Service Charge if late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, invoiced after Transition Acceptance | 64,000 |
| Monthly Service Charge | 58,000 per month × 36 months, invoiced monthly in arrears | 2,088,000 |
| Total value of this Agreement | | 2,152,000 |

For the Customer: ____________________ For the Provider: ____________________
"""

SRC["e05"] = """WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TSW-SD-2026-0071

PARTIES

This Weather Data and API Subscription Agreement (the "Agreement") is made between:

(1) Shandong Fengyuan Seed Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jinan, Shandong (the "Customer"); and

(2) Tri-State Weather Analytics, LLC, a Kentucky limited liability company with its office on Winchester Avenue, Ashland, Kentucky, United States (the "Vendor").

BACKGROUND

The Customer breeds and sells maize, wheat and soybean seed and runs more than 400 field trial plots in northern China. It needs reliable historical and forecast weather data at plot level for trial analysis, planting advice to dealers and its own agronomy models. The Vendor supplies gridded weather data, crop-weather indices and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means the datasets, indices and API access described in clause 2.

1.2 "Subscription Year" means each of the two consecutive periods of 365 days beginning on the Service Start Date, and "Subscription Term" means both Subscription Years together.

1.3 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.4 "Customer Data" means the coordinates of the Customer's trial plots and farms, its trial results and any other data the Customer sends to the API or uploads to the Vendor's portal, and all query logs relating to the Customer.

1.5 "Custom Extracts" means the plot-level data extracts, the crop-stage indices calibrated with the Customer's trial results and the integration scripts that the Vendor prepares specifically for the Customer.

2. DATA SERVICES

2.1 The Vendor shall provide the Customer with: (a) historical daily weather data from 1991 onwards for all of mainland China at a resolution of 3 km; (b) hourly observations and 15-day forecasts, updated four times a day; (c) growing-degree-day, frost-risk, heat-stress and soil-moisture indices for maize, wheat and soybean; and (d) API access for up to two million calls per month, with a web portal for up to 25 named users.

2.2 The Customer may use the Data Services for its internal research, breeding and agronomy work and may include derived results and charts in advice to its dealers and farmers, provided that raw data are not resold.

2.3 The Vendor shall deliver the data for China from servers located in mainland China.

3. FEES AND PAYMENT

3.1 The fees are:

    Annual Subscription Fee, Subscription Year 1 .............. CNY 276,000
    Annual Subscription Fee, Subscription Year 2 .............. CNY 276,000
    Integration Set-up Fee (one-time) .......................... CNY  38,000
    Total fees for the Subscription Term ....................... CNY 590,000

3.2 The Annual Subscription Fee is invoiced quarterly in arrears, at CNY 69,000 per quarter, within 10 days after the end of each quarter of a Subscription Year. The Integration Set-up Fee is invoiced after Integration Acceptance. The Customer shall pay each correct invoice within 30 days. No advance payment is required.

3.3 The fees include all taxes payable in China. They are fixed for the Subscription Term. API usage above the monthly volume in clause 2.1 is charged at CNY 0.02 per thousand calls, only after the Customer's written approval.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature the Vendor shall set up the Customer's account, deliver the historical Custom Extracts for all trial plots, connect the API to the Customer's trial-management system and train the Customer's data team.

4.2 Integration Acceptance requires that: (a) the historical extracts for every plot are complete and pass the Customer's checks against observations from ten national weather stations; (b) the API returns correct results for the agreed test set and meets the response time in clause 5.2 during a 10-day test run; (c) the crop-stage indices are calibrated on three seasons of the Customer's trial results and reviewed by the Customer's agronomists; and (d) the documentation and training have been delivered.

4.3 The Customer shall confirm Integration Acceptance in writing, or state the failures, within 10 working days after the Vendor's notice. The Vendor shall correct failures and repeat the tests. Opening the account or using the API during testing does not constitute acceptance.

5. SERVICE LEVELS

5.1 The API and portal shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and performed between 00:00 and 05:00 China time.

5.2 The median API response time shall be below 800 milliseconds, measured monthly.

5.3 Incidents are classified as Priority 1 (the API is unavailable, or forecasts are not updated for more than one update cycle), Priority 2 (a dataset or index is incorrect or delayed) and Priority 3 (other questions). The Vendor shall respond to a Priority 1 incident within 1 hour and restore service within 6 hours, and respond to a Priority 2 incident within 3 hours.

5.4 If monthly availability is below the target in clause 5.1, the Customer receives a credit of 5% of that quarter's fee for each 0.1 percentage point of shortfall. For each hour by which the Vendor misses a Priority 1 restore time, the Customer receives a credit of CNY 800. Credits are deducted from the next invoice or paid within 30 days after the end of the Subscription Term.

6. DELAY

6.1 If Integration Acceptance is not achieved within the period in clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.02% of the total fees in clause 3.1 for each day of delay, up to 5% of those fees.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Data Services to the Customer and for no other purpose, and shall not combine it with data of other customers or disclose it to any third party.

7.2 Customer Data shall be stored only in mainland China. The Vendor shall protect it with encryption in transit and at rest, access control based on the least privilege, logging of all administrative access and regular vulnerability scanning, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, take immediate measures to contain it, and be liable for all losses caused by its breach of this clause 7.

7.4 Within 30 days after the Subscription Term ends, the Vendor shall return Customer Data in a standard format and then delete all copies, confirming the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Vendor and its licensors own the Data Services, the underlying datasets and the Vendor's models.

8.2 The Custom Extracts and the calibrated crop-stage indices belong to the Customer, which may use, modify and license them freely, also after the Subscription Term. The integration scripts are delivered with their source code.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's trial locations, varieties and results, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

10. LIABILITY

10.1 The total liability of each party under this Agreement is limited to 150% of the total fees in clause 3.1. The limit does not apply to personal injury, wilful misconduct, or breach of clause 7 or clause 9.

10.2 The Vendor does not guarantee the accuracy of weather forecasts, but it shall process and deliver data with the skill and care of a professional weather-data provider.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract the Data Services or any processing of Customer Data without the Customer's prior written consent. Public data sources used by the Vendor, such as national meteorological services, are not subcontractors.

12. TERM

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Neither party may terminate this Agreement before the end of the Subscription Term, except by written agreement of both parties or where force majeure prevents performance for more than 90 days. The Customer's remedies for any failure of the Vendor are the service credits under clause 5 and the liquidated damages and compensation under clauses 6 and 10.

12.3 If the Customer fails to pay an undisputed invoice within 30 days after a written reminder, the Vendor may suspend API access until payment, but not the return of Customer Data.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.

14.2 This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties. It is made in English and Chinese, and both versions have equal force.

SIGNATURES

For the Customer: ____________________

For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, language, category, kind)
    "z01": ("h970z01_housing_lease_filing_platform.pdf", "pdf", "zh", "software", "goods_or_licence"),
    "z02": ("h970z02_foot_warmer_line_control_retrofit.docx", "docx", "zh", "hardware", "goods_or_licence"),
    "z03": ("h970z03_host_training_chain_booking_saas.txt", "txt", "zh", "cloud", "service"),
    "z04": ("h970z04_tower_tilt_monitoring_om_service.txt", "txt", "zh", "services", "service"),
    "z05": ("h970z05_xuan_brush_process_tracking_supplier_template.md", "md", "zh", "software", "goods_or_licence"),
    "e01": ("h970e01_maysville_cmms_perpetual_licence.pdf", "pdf", "en", "software", "goods_or_licence"),
    "e02": ("h970e02_harlan_learning_saas_order_form.md", "md", "en", "cloud", "service"),
    "e03": ("h970e03_corbin_vibration_sensors_monitoring_licence.docx", "docx", "en", "hardware", "goods_or_licence"),
    "e04": ("h970e04_elizabethtown_managed_it_services.md", "md", "en", "services", "service"),
    "e05": ("h970e05_ashland_weather_data_api_subscription.txt", "txt", "en", "cloud", "service"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law"]

# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
T, F, N = True, False, None
LABELS = {
    "z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC"], (T, T, T, F, 2190000)),
    "z02": ([N, 1, F, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 28, F, T, F, "PRC"], (T, T, T, F, 1900000)),
    "z03": ([99.5, 0.5, T, "buyer", T, F, T, 0.08, N, N, T, N, N, N, T, T, F, "PRC"], (T, T, N, F, 730000)),
    "z04": ([99.95, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC"], (T, T, N, F, 1186000)),
    "z05": ([N, N, F, "supplier", T, T, T, 0.02, 20, 65, F, F, 6, N, F, T, N, N], (F, T, F, T, 320000)),
    "e01": ([N, 1, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 24, 9, F, T, F, "Kentucky"], (T, T, T, F, 2028000)),
    "e02": ([99.95, 0.5, T, "buyer", F, T, T, 800 / 814000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC"],
            (T, T, N, F, 814000)),
    "e03": ([N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 36, 7, F, T, F, "PRC"], (T, T, T, F, 1670000)),
    "e04": ([99.95, 6, T, "buyer", T, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC"], (T, F, N, F, 2152000)),
    "e05": ([99.95, 1, T, "buyer", T, T, T, 0.02, 150, N, T, N, N, N, F, F, F, "PRC"], (T, T, N, F, 590000)),
}
FEE_BASE = {"z01": 1180000, "z02": 1640000, "z05": 168000, "e01": 1460000, "e03": 1512000}  # itemised subtotals
FORUM_OUTSIDE = {"e01"}  # Kentucky courts
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-SLA-RESPONSE"],
    "e05": ["CR-LD-LOW", "CR-TERMINATION"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable (service contract, fee unstated or uncapped)."""
    if FILES[key][4] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3, from the label alone."""
    r = set()
    goods = FILES[key][4] == "goods_or_licence"
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
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


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


# threshold figures of policy §3/§4: 99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 %, 5-year horizon
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESH = re.compile("|".join([
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour[\s-]*hours?", r"(?<![十二三四五六七八九零〇两])四个?小时",
    r"(?<![\d.])0?\.05(?![\d])", r"万分之五(?![十百千])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"\bhundred\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|calendar\s*months?)", r"\btwelve[\s-]*(?:calendar\s*)?months?", r"十二个月",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年(?![\d度]))", r"\bfive[\s-]*years?", r"(?<![\d十二三四五六七八九零〇])五年",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "within four hours", "0.05%", "0.05 %", "万分之五",
            "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "12 months", "12个月", "twelve months", "十二个月",
            "15%", "百分之十五", "40%", "百分之四十", "5 years", "5年", "five years", "五年", "12 calendar months"]
MUST_MISS = ["99.95%", "99.98", "24 hours", "二十四小时", "14小时", "0.055%", "10.05", "万分之五十", "200%", "130%",
             "1.5%", "115%", "2025年", "112 months", "24 months", "45%", "35%", "百分之三十五", "2030年", "1.2 months",
             "18个月", "0.5%", "六年", "15日", "30日"]


def forms(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for sname in MUST_HIT:
        assert THRESH.search(sname), ("regex misses", sname)
    for sname in MUST_MISS:
        assert not THRESH.search(sname), ("regex hits", sname, THRESH.search(sname))

    bin_targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, v in FILES.items():
        if v[1] in ("txt", "md"):
            (OUT / v[0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", v[0])

    covered = set()
    for k, (name, fmt, lang, cat, kind) in FILES.items():
        vals, (sla, ld_stated, capped, deemed, value) = LABELS[k]
        t = dict(zip(KEYS, vals))
        t["contract_kind"] = kind
        x = {"sla_clause": sla, "ld_stated": ld_stated}
        if kind == "goods_or_licence":
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        xx = dict(x, post_warranty_fee_capped=capped)
        rules = derive(k, t, xx)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[k], (k, risk)
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        share = tco_share(k, t, xx)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        # read back: lengths and threshold scan
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        for f in forms(text):
            m = THRESH.search(f)
            assert not m, (k, "threshold figure in text", f[max(0, m.start() - 30):m.end() + 30])
        print(f"{k} {name} {lang} length={n} rules={rules} risk={risk}" + (f" tco_share={share:.2f}" if share else ""))
        assert ok, (k, "length out of range", n)
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
