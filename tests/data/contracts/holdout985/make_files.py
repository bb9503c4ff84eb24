"""Builds holdout985: ten blind held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, threshold avoidance, rule derivation and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市民政局助洁助浴服务平台采购合同
P:合同编号：MZJ-ZJZY-2026-017
P:甲方（采购人）：某市民政局
P:乙方（供应商）：某市安康智养信息技术有限公司
P:根据《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件和中标通知书，双方就助洁助浴服务平台的软件许可与定制开发事项，经协商一致，订立本合同。招标文件、投标文件及澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供助洁助浴服务平台软件的永久使用许可，并按甲方需求完成定制开发、数据对接、部署实施与培训，使全市各区县民政部门、街道（乡镇）及签约服务机构能够通过平台完成老人申请、服务派单、上门服务记录、补贴结算和服务质量回访。
P:1.2 定制开发内容包括：服务机构与服务人员管理、助洁助浴订单派单与轨迹核验、政府补贴结算与对账、老年人能力评估结果对接、满意度回访及监管驾驶舱，具体以附件一《功能需求清单》为准。
P:1.3 数据对接内容包括：与市养老服务信息平台、老年人能力评估系统及财政补贴发放系统的接口对接，接口规范以附件二为准。接口调用日志应保留不少于一百八十日。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），为固定总价，包含软件许可、定制开发、数据对接、实施培训、质保期服务及税费等全部费用。
P:2.2 分项价格：平台软件许可费¥620,000；定制开发费¥468,000；数据对接费¥112,000；部署实施及培训费¥86,000。
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函后十个工作日内支付合同总价的25%作为预付款。
P:3.2 系统通过初步验收并上线试运行后，甲方支付合同总价的50%。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
P:3.5 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，以银行保函形式提供，最终验收合格后无息退还。乙方未按约履行的，甲方有权按实际损失从履约保证金中扣收。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后六十日内完成部署及定制开发，并提交初步验收申请；一百二十日内完成试运行并提交最终验收申请。
P:4.2 乙方应按周向甲方报送进度报告，重大问题应即时书面报告。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理须具备五年以上政务信息化项目经验，驻场人员在实施期间不得擅自更换；确需更换的，应提前十日书面申请并经甲方同意，替换人员资历不得低于原人员。
P:4.4 乙方应为各区县民政部门、街道工作人员及服务机构分别组织操作培训，累计不少于十二场次，并提供操作手册和培训视频；培训效果以甲方组织的抽查考核为准，考核合格率低于九成的，乙方应免费补充培训。
P:4.5 部署环境由甲方在政务云上提供，乙方负责中间件、数据库及平台软件的安装配置，并配合政务云运营方完成安全加固与上线备案。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现并经甲方逐项测试通过；各接口连续十个工作日数据交换无差错；平台在500名用户并发访问时，常用页面响应时间不超过2秒，结算报表生成时间不超过5秒。
P:5.2 最终验收标准：试运行满六十日，期间未发生一级故障；由甲方委托的第三方机构完成安全测评并出具合格报告；乙方已提交源代码、接口文档、部署手册与运维手册。
P:5.3 系统上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持，并每季度进行一次巡检、提交巡检报告。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即¥49,600），且自质保期满后三年内不上调。维护服务合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或补贴结算中断）：乙方在30分钟内响应，2小时内到达现场或远程恢复服务；二级故障：1小时内响应，8小时内解决；三级故障：次一工作日内解决。
P:7.3 响应或恢复超时的，每超时一小时乙方向甲方支付¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述款项可从应付款中直接扣减。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发的程序、接口、报表、文档及源代码的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全与数据归属
P:9.1 平台中的老年人信息、服务记录、补贴结算数据及其衍生数据均归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息进行加密存储和脱敏展示，运维访问须经堡垒机并留存审计日志，不得将数据拷贝出甲方指定环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政责任所对应的损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、老年人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应负责整改；整改后仍不合格的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
P:11.3 乙方违反第九条、第十条约定的，除承担赔偿责任外，甲方有权暂停付款直至乙方完成整改。
P:11.4 甲方逾期付款的，按应付未付金额每日万分之二支付违约金，但因财政资金拨付程序造成的合理延迟除外。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方不得将本合同项下的任何工作交由第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:附件一：功能需求清单；附件二：接口规范；附件三：分项报价表。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z02 = """T:椭圆机生产线控制系统改造合同
P:合同编号：TY-GZ-2026-031
P:甲方：某健身器材有限公司（椭圆机厂）
P:乙方：某工业自动化工程有限公司
P:甲方拟对其椭圆机总装线、焊接线和涂装线的控制系统进行改造，乙方经比选确定为承包单位。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的设备供货、软件许可、拆旧安装、PLC及HMI编程、与甲方MES系统的接口开发、联调试运行和人员培训，实现工位节拍采集、设备状态监控、质量数据追溯和能耗统计。改造后的控制系统应预留扩展至第四条生产线的接口和容量。
P:1.2 改造须在甲方指定的停产窗口内分线实施，每条线停产时间不超过十五日，不得影响其余两条线的正常生产。
P:1.3 乙方应在进场前十日提交改造实施方案、停产切换计划及安全措施，经甲方书面确认后方可进场施工。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾伍万元整（¥2,550,000），含税、含运输、安装、调试及质保期服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程IO）|6套|128,000|768,000
TB:2|伺服驱动器及电机|48套|9,500|456,000
TB:3|HMI触摸屏|12台|14,000|168,000
TB:4|工业交换机及协议网关|1批|148,000|148,000
TB:5|产线监控（SCADA）软件许可|1套|386,000|386,000
TB:6|MES接口软件许可|1套|254,000|254,000
TB:|软硬件小计|||2,180,000
TB:7|拆旧、安装及调试|1项|196,000|196,000
TB:8|PLC/HMI编程及接口开发|1项|148,000|148,000
TB:9|操作及维护培训|1项|26,000|26,000
TB:|合计|||2,550,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方请款时应提供相应金额的增值税专用发票，甲方付款前有权核对发票与签收单据。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在到货后九十日内完成三条生产线的改造和试运行。
P:4.2 设备应为原厂全新正品，并附合格证、装箱单及原厂授权文件。设备包装应满足长途运输和厂内二次搬运要求，运输途中的损毁风险由乙方承担。
P:4.3 每条生产线停产切换前，乙方应完成离线仿真测试，并准备原控制系统的回退方案；切换失败的，乙方应在当班内恢复原系统运行。
P:4.4 乙方应派驻项目经理一名、电气工程师和软件工程师各不少于两名，在改造期间常驻甲方厂区，人员名单及资质证明作为合同附件。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试运行二十个班次，满足以下标准方可申请验收：工位节拍数据采集完整，与人工计数偏差不大于0.5%；设备故障报警在3秒内推送至监控终端；质量数据可按整机序列号追溯至各工位；与MES系统的工单下发和完工回传无差错；改造后生产线节拍不低于改造前水平。
P:5.2 三条线均通过单线验收后，由甲方组织最终验收，乙方应提交竣工图纸、PLC及HMI程序源文件、接口文档和操作维护手册。最终验收合格后由双方签署最终验收证书。
P:5.3 设备安装完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，并免费提供软件缺陷修复，每半年进行一次预防性巡检。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的28%计取，即每年¥610,400，该费率在质保期满后三年内固定不变。维保服务包括定期巡检、故障维修、备件更换和软件升级。
P:6.3 甲方可在每个维保年度届满前决定是否续签维保服务。
H:第七条 故障响应
P:7.1 一级故障（整条生产线停机）：乙方1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位或单台设备故障）：2小时内响应，次日内修复；三级故障：五个工作日内处理完毕。
P:7.2 乙方响应或到场超时的，每超时一小时向甲方支付¥800，可从应付款或维保费中扣减。
H:第八条 知识产权
P:8.1 本项目编制的PLC及HMI程序、接口程序、配置文件及技术文档的知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:8.2 标准软件产品的知识产权归原权利人所有，乙方保证甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 生产数据、工艺参数、质量记录及设备运行数据均归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方提供的堡垒机接入，并全程留存操作日志；乙方不得在控制网络中接入未经甲方许可的设备。
P:9.3 发生数据泄露或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成损失的，由乙方承担赔偿责任。
P:9.4 合同终止或维保服务结束后，乙方应删除其持有的甲方数据副本，并向甲方出具书面确认。
H:第十条 保密
P:10.1 乙方对甲方的工艺文件、产品图纸、产量及客户信息负有保密义务，保密期限至合同终止后三年。乙方应要求其参与本项目的人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方原因造成甲方停产时间超过约定的，乙方还应赔偿甲方由此遭受的直接损失。
P:11.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意或重大过失造成的损失除外。
H:第十二条 分包
P:12.1 乙方可将电气安装及布线施工分包给具备相应资质的单位，事先书面告知甲方即可。乙方对分包单位的工作质量和安全承担全部责任。
H:第十三条 安全生产
P:13.1 乙方施工人员应遵守甲方厂区安全管理制度，特种作业人员须持证上岗。因乙方原因发生安全事故的，由乙方承担责任。
P:13.2 动火、登高及带电作业须事先办理甲方作业许可；施工区域应设置隔离和警示标识，每日收工后清理现场。
H:第十四条 培训
P:14.1 乙方应分别为甲方的操作工、设备维护人员和信息部门人员组织培训，内容包括设备操作、常见故障处理、程序备份与恢复以及监控系统使用，累计不少于四十学时。培训结束后由甲方组织考核，考核不合格的人员由乙方免费补训。
H:第十五条 合同解除
P:15.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:15.2 乙方逾期完成改造超过四十五日，或任一生产线经两次整改仍未通过验收的，甲方有权解除合同或解除该生产线部分，并就已完成且可独立使用的部分按实结算。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """课程预约与会员管理系统订阅服务合同

合同编号：DY-SaaS-2026-08
甲方：某德语培训连锁管理有限公司（下辖30家门店）
乙方：某云课软件科技有限公司

甲方为统一管理其门店的课程排期、学员预约和会员储值业务，向乙方订阅课程预约与会员管理系统（以下简称"系统"），并委托乙方完成系统实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供系统的在线使用服务，服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）订阅范围：甲方全部30家门店及总部，后台账号不超过150个，学员端小程序不限用户数。功能包括：
1. 课程与班级管理：德语A1至C1各级别课程、班级排期、教室及教师排课；
2. 学员预约：小程序在线预约、候补、签到、请假及调课；
3. 会员管理：会员卡、课时包、储值及积分，支持跨门店消课；
4. 营销与回访：试听课线索、续费提醒、满意度回访；
5. 经营报表：门店营收、课消、续费率及教师课时统计，支持总部汇总。
（三）实施服务：乙方负责系统配置、30家门店历史会员及课时数据迁移、与甲方财务系统及支付渠道的对接、总部及门店人员培训。

二、合同价款
（一）系统订阅费为每个服务年度人民币贰拾陆万捌仟元整（¥268,000），两个服务年度合计¥536,000。
（二）实施费为人民币伍万捌仟元整（¥58,000），为一次性费用。
（三）本合同总价为人民币伍拾玖万肆仟元整（¥594,000），含税。短信、支付通道手续费按实际发生由甲方另行承担，不计入合同总价。
（四）服务期内，订阅费不因门店数量在30家以内的增减而调整；门店超过30家的，新增门店每家每个服务年度按¥8,600另行计费。

三、付款方式
（一）实施费：系统上线验收合格后十五日内，甲方一次性支付。
（二）订阅费：每个服务年度开始后十五日内，甲方支付该服务年度的订阅费。
（三）乙方应在甲方付款前开具等额增值税专用发票。

四、实施与上线
（一）乙方应在合同签订后四十五日内完成系统配置、数据迁移和接口对接，并分两批完成全部门店上线：第一批为总部及10家直营门店，第二批为其余门店，两批间隔不超过十五日。
（二）上线验收标准：
1. 本合同一（二）所列功能均可正常使用，并经甲方总部及不少于5家门店试用确认；
2. 迁移后的会员余额、剩余课时与甲方原系统逐条核对一致，差异须在上线前全部纠正；
3. 与财务系统的日结数据对账连续十日无差异；
4. 小程序在2,000名学员同时在线时，预约操作响应时间不超过2秒。
（三）满足上述标准后，双方签署上线验收单。系统试用或甲方开始使用，不视为验收合格。
（四）乙方未能按期完成上线的，每逾期一日向甲方支付违约金人民币肆佰元（¥400）。
（五）培训：乙方应为总部管理人员、门店店长、前台顾问及教师分别组织培训，其中门店培训可采用线上直播方式，每家门店不少于两场；乙方应提供操作手册和视频教程，并在上线后首月安排专人在线答疑。
（六）数据迁移前，甲方应提供原系统导出数据；乙方应制定迁移方案及回退方案，迁移期间原系统保持可用，直至甲方确认迁移结果。


五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须安排在夜间并提前两日通知甲方，不计入不可用时间。
（二）故障分级与响应：
1. 一级故障（系统整体无法登录或无法预约、消课）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：次一工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按当月应摊订阅费的5%至20%折算服务抵扣额，在下一期订阅费中扣减；一级故障响应超时的，每次另行抵扣¥1,000。

六、数据归属与数据安全
（一）甲方上传及系统产生的学员信息、会员账户、课时及交易数据均归甲方所有。乙方仅为提供本合同服务之目的处理该等数据，不得用于其他用途，不得向第三方提供。
（二）系统部署于境内云服务器，乙方应落实等级保护第三级要求，对学员手机号、身份证号等个人信息加密存储，后台操作全程记录日志并保存不少于一百八十日。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并配合甲方履行个人信息保护法规定的通知义务；因乙方原因造成损失的，由乙方承担赔偿责任。
（四）服务期满或合同解除后，乙方应在十五日内将全部数据以通用格式交付甲方，并在甲方确认后彻底删除。
（五）乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每季度进行一次恢复演练。

七、服务团队
（一）乙方应为甲方指定一名客户成功经理，负责需求对接、月度服务报告和季度业务回顾；月度服务报告应包括可用率、故障清单、处理时长及改进措施。
（二）服务期内，甲方提出的配置调整（如新增课程类型、调整会员卡规则、增加门店）由乙方免费完成；超出订阅范围的新功能开发，双方另行书面确认费用和工期。
（三）乙方应在每次版本升级前七日通知甲方升级内容，涉及流程变化的，应提供更新说明并安排线上培训。升级不得导致已配置功能失效或数据丢失。

八、保密
双方对在履约中知悉的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

九、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的报表、数据迁移脚本、财务接口程序及相关文档的知识产权归甲方所有，甲方可自行修改或许可第三方使用。

十、续期
本合同服务期满前三十日内，任何一方未书面提出终止的，本合同自动续期一个服务年度。续期时乙方有权根据其产品价格调整情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

十一、违约责任与责任限制
（一）任何一方违约的，应赔偿对方因此遭受的直接损失。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露及故意违约造成的损失不受此限。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

十二、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。经同意分包的，乙方对分包方的行为承担全部责任。

十三、合同解除
（一）乙方严重违约，或月度可用率连续两个月低于承诺值的，甲方有权书面通知解除合同，乙方应退还未使用服务期的订阅费。
（二）甲方因经营调整需提前终止的，应提前六十日书面通知乙方，已支付的订阅费不予退还。

十四、不可抗力
因不可抗力致使一方不能履行合同的，应及时通知对方，并在十五日内提供证明。不可抗力持续超过六十日的，任何一方可解除合同，已支付但未使用服务期的订阅费按日折算退还。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十六、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：__________　乙方（盖章）：__________
"""

Z04 = """截污管道液位监测系统年度运维服务合同

项目编号：SWJ-CG-2026-046（竞争性磋商）
甲方（采购人）：某市水务局
乙方（成交供应商）：某环境监测技术服务有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲方委托乙方承担截污管道液位监测系统的年度运行维护服务。双方经协商一致，订立本合同。

第一条 服务对象
（一）本合同运维对象为甲方已建成的截污管道液位监测系统，包括：布设于主城区截污干管及重要排口的液位监测站点186个（含雷达液位计、压力式液位计及流量计）、站点太阳能供电及通信单元、监测数据接收平台、预警发布模块及相关机房设备。
（二）站点清单、设备型号及安装位置以磋商文件附件《运维设备清单》为准。服务期内甲方新增站点不超过10个的，乙方应一并纳入运维，不另行收费。

第二条 服务期限
（一）服务期为一年，自2027年1月1日起至2027年12月31日止。
（二）服务期满本合同自动终止。甲方如需继续采购运维服务，应另行依法组织采购。
（三）服务期开始前的交接工作不另行计费。

第三条 服务内容
（一）日常巡检：每月对全部站点进行一次现场巡检，检查设备外观、安装支架、供电及通信状态，清理探头附着物，并填写巡检记录。
（二）汛期加强：每年5月至9月汛期内，对重点排口站点每半月巡检一次；遇暴雨预警时，乙方应安排人员值守，并在雨后24小时内完成重点站点复查。
（三）校准比对：每季度对全部液位计进行一次现场比对校准，比对误差超出设备标称精度的，应重新标定或更换。
（四）故障维修：对站点设备、通信单元及平台软件的故障进行诊断和修复；需更换的零部件单价在人民币两千元以下的，由乙方承担。
（五）平台维护：负责监测数据接收平台的日常运行维护、数据库备份、预警阈值配置及操作系统补丁更新。
（六）报告：每月提交运维月报，每季度提交运维季报，年末提交年度运维总结及设备更新建议。
（七）备品备件：乙方应在本市设立备件库，常备液位计、通信模块、蓄电池及太阳能板等易损件，数量不少于在用设备的百分之五，并建立出入库台账，供甲方随时查验。
（八）配合工作：配合甲方及防汛指挥部门开展汛前检查、应急演练和专项督查，按甲方要求临时加密重点站点的巡检频次，并提供所需的历史数据整理和分析材料。
（九）设备迁改：因道路施工、管网改造需要迁移站点的，乙方负责拆除、保管和重新安装，所需新增材料费用由双方另行确认。

第四条 服务要求与故障响应
（一）乙方应组建不少于六人的运维团队，其中项目负责人一名、仪表工程师两名、软件工程师一名、现场运维人员两名，并配备运维车辆和常用备件。
（二）故障分级及时限：
1. 一级故障（监测平台中断或十个以上站点同时离线）：乙方接报后1小时内响应，3小时内到达现场，8小时内恢复；
2. 二级故障（单个或少量站点离线、数据异常）：2小时内响应，次日内修复；
3. 三级故障（不影响数据采集的一般问题）：三个工作日内处理完毕。
（三）上述时限为乙方的服务目标。超出时限的，乙方应向甲方书面说明原因并提交整改报告，不扣减服务费，亦不计违约金。
（四）乙方应保持服务热线在服务期内全天畅通。
（五）乙方运维人员应相对固定，更换项目负责人或仪表工程师的，应提前七日书面告知甲方，并经甲方认可；替换人员的资历和经验不得低于原人员。
（六）乙方人员在现场作业时应统一着装、佩戴工作证，占道作业须按交通管理部门要求设置警示标志。

第五条 合同价款与支付
（一）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括人工、车辆、常用备件、校准工具、平台维护及税费等全部费用。
（二）服务费按季度支付，每季度费用为¥117,000。每季度结束后，乙方提交季度运维报告，甲方审核确认后二十个工作日内支付该季度服务费。
（三）本合同不设预付款。乙方应在每次请款前开具合法有效的发票。

第六条 进场接管
（一）乙方应在服务期开始前十五日内完成与原运维单位的交接，核对站点设备状态，建立设备台账，并于服务期开始之日起正式接管全部站点。交接中发现设备故障的，由乙方记录并报甲方确认，作为接管时的设备初始状态。
（二）乙方未按期完成进场接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第七条 服务验收
（一）甲方按季度对乙方服务进行验收，验收依据为：巡检记录完整且与现场抽查相符；季度校准比对全部完成并附比对记录；月报、季报按时提交；故障处理均有记录并闭环。
（二）年度服务期满后，甲方组织年度验收，乙方应移交完整的设备台账、巡检及校准记录、故障处理记录和年度总结。
（三）季度验收未通过的，乙方应在十日内整改并重新提交。
（四）服务期满时，乙方应配合甲方与下一服务单位完成交接，移交全部技术资料、备件台账和平台管理账号，交接期不少于十日，交接期内乙方不得撤离现场人员。

第八条 数据归属
系统采集的液位、流量及预警数据均归甲方所有，乙方不得将其用于本合同以外的任何目的。

第九条 保密
乙方对在服务过程中知悉的截污管网布局、排口位置、预警方案及其他非公开信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。乙方应要求参与本项目的人员签署保密承诺书。

第十条 成果归属
乙方在履约中形成的设备台账、巡检及校准记录、运维报告和设备更新建议等成果归甲方所有，甲方可自行或委托第三方使用上述成果。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 安全生产
（一）乙方人员进入检查井、泵站等有限空间作业的，应严格执行先通风、再检测、后作业的规定，配备气体检测仪及防护装备，并设专人监护。
（二）乙方应为现场作业人员购买意外伤害保险。因乙方原因发生安全事故的，由乙方承担全部责任。
（三）乙方应建立安全生产责任制，每季度开展一次安全培训，并留存培训记录。

第十三条 违约责任
（一）乙方未按第三条完成巡检或校准的，应在甲方通知后五日内补做；经甲方两次书面通知仍未补做的，视为严重违约。
（二）乙方人员在作业中损坏甲方设施的，应负责修复或照价赔偿。
（三）甲方逾期支付服务费的，应按逾期金额每日万分之二支付违约金。

第十四条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，按乙方实际完成的服务结算费用，并要求乙方赔偿由此造成的损失。因不可抗力致使合同目的无法实现的，任何一方均可解除合同。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
乙方应在合同签订后五个工作日内向甲方提交合同总价5%的履约保证金，服务期满并完成交接后无息退还。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：__________　乙方（盖章）：__________
"""

Z05 = """# 纸迹®工艺追溯系统软件许可及定制开发合同

> 某纸迹软件有限公司标准合同文本 V3.0（客户版）

合同编号：ZJ-HT-2026-0412

甲方（客户）：某手工纸工作室

乙方（服务商）：某纸迹软件有限公司

甲方拟采购乙方"纸迹®工艺追溯系统"（以下简称"系统"），用于记录手工纸从原料浸泡、蒸煮、打浆、抄纸、压榨、晒纸到检验入库的全过程工艺数据，并由乙方根据甲方需求进行定制开发。双方本着平等自愿的原则，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供系统标准版软件的使用许可，许可范围为甲方一个生产场所，用户数不超过二十个。

1.2 乙方根据甲方需求进行以下定制开发：

1. 原料批次管理：楮皮、青檀皮、稻草等原料的产地、批次及入库检验记录；
2. 工序记录：蒸煮时长、灰水浓度、打浆度、纸药配比及抄纸槽号，支持平板电脑现场录入；
3. 成品追溯：为每刀纸生成追溯二维码，扫码可查看工艺履历及匠人信息；
4. 订单与库存：定制订单登记、成品库存及发货记录；
5. 统计看板：各工序耗时、成品率及原料消耗统计。

1.3 乙方负责系统部署、基础数据初始化及甲方人员的操作培训。

1.4 软件许可期限为永久，但甲方不得将系统转让、出租或出借给第三方使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纸迹®工艺追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发（第1.2条所列功能） | 214,000 |
| 3 | 部署实施及培训 | 26,000 |
| | 合计 | 408,000 |

合同总价为人民币肆拾万捌仟元整（¥408,000），含增值税。平板电脑、扫码枪、标签打印机等硬件由甲方自行采购，不包含在本合同内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥265,200。乙方收到该笔款项后启动项目。

3.2 系统部署上线后五个工作日内，甲方支付合同总价的35%，即¥142,800。

3.3 乙方在收到款项后开具增值税普通发票。甲方要求开具增值税专用发票的，应在付款前书面告知乙方并提供完整的开票信息。甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停开发和服务。

## 第四条 交付

4.1 乙方在收到首期款后九十日内完成定制开发并部署上线。因甲方需求变更、资料提供延迟或场地条件不具备造成的延期，交付期限相应顺延。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 系统部署在甲方自备的服务器或乙方推荐的公有云上。采用公有云部署的，云资源费用由甲方直接向云服务商支付。

4.4 乙方按工作日安排驻场或远程实施，驻场人员的差旅及食宿费用已包含在部署实施费中，但甲方要求的额外驻场除外。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条的约定处理，不影响验收结论及付款。

5.3 乙方在上线时向甲方提交系统操作手册和管理员手册的电子版，甲方的操作人员培训以一次集中培训为限，每次不超过两天。

## 第六条 维护与技术支持

6.1 自系统上线之日起六个月内，乙方提供免费维护，包括软件缺陷修复和远程技术支持。

6.2 乙方在工作日9:00—17:30通过电话、微信及远程方式提供技术支持。乙方收到甲方问题反馈后，将尽快安排技术人员处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护合同，维护费按乙方当年公布的服务价格标准执行。

6.4 系统的后续版本升级，如涉及新增功能，乙方有权另行收费。

6.5 因甲方自行修改系统配置、使用非乙方认可的硬件或网络环境、操作不当或不可抗力造成的故障，不属于免费维护范围，乙方可按次收取服务费。

## 第七条 知识产权

7.1 系统标准版软件及乙方为甲方定制开发的全部功能、源代码、数据模型和相关文档的知识产权均归乙方所有。

7.2 乙方授予甲方在许可范围内使用定制功能的非独占、不可转让的权利。甲方不得对系统进行反编译、修改，也不得自行或委托第三方进行二次开发。

7.3 乙方有权将定制开发形成的功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方录入系统的工艺数据、原料及订单信息由甲方负责其真实性与合法性。

8.2 乙方可对甲方数据进行脱敏处理后，用于产品改进、行业工艺研究及对外发布的行业分析报告，甲方同意不就此主张任何费用。

8.3 乙方对系统采取访问控制、传输加密、每日备份等安全措施，并对运维人员的操作进行日志记录。发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，由乙方承担相应赔偿责任。

8.4 系统界面可展示乙方的品牌标识及"技术支持：纸迹软件"字样。

## 第九条 甲方的义务

（1）甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，并在乙方提出需求确认单后五个工作日内予以书面确认，逾期未确认的视为确认。

（2）甲方应按乙方要求提供原料、工序、成品及订单等基础资料，并对资料的准确性负责；因资料错误导致的返工，乙方有权另行收费。

（3）甲方应为乙方驻场人员提供必要的办公场地、网络条件及生产现场的进入许可，并告知现场安全注意事项。

## 第十条 保密

双方对在合作中获知的对方技术信息、经营信息及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后两年内有效。乙方可将甲方名称及项目概况用于其案例宣传，但不得披露甲方的工艺参数。

## 第十一条 违约责任及责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，已支付的软件许可费不予退还；定制开发费用按乙方已完成的工作量结算。

12.3 合同解除或终止后，乙方在甲方书面要求下，可协助甲方导出系统中的业务数据，导出服务按乙方届时的人天单价另行计费。

## 第十三条 不可抗力

因地震、洪水、火灾、疫情、政府行为、网络运营商故障或其他不能预见、不能避免且不能克服的情况，致使一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 法律适用与争议

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

15.3 双方往来通知以本合同首页所列的地址、电话及电子邮箱送达，一方变更联系方式的应提前书面通知对方。

甲方（签章）：__________　　乙方（签章）：__________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PLM-CN-2026-118
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrui Precision Castings Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China (the "Customer"), and Pine Lake Metrology Software, Inc., a Michigan corporation with its principal office in Cadillac, Michigan, United States of America (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's QualiTrace statistical process control and dimensional inspection software for its two casting and machining plants, together with implementation and training services. The Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrace Enterprise software in object code, version 8.2 or later, including the modules listed in Annex 1, and all updates and patches supplied under this Agreement.
P:1.2 "Customisations" means the inspection-plan templates, CMM data import adapters, reports and the interface to the Customer's MES and ERP systems developed by the Vendor for the Customer under Annex 2.
P:1.3 "Customer Data" means all measurement data, part drawings, inspection plans, supplier information and other data entered into or generated by the Software in the Customer's environment.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and the Customisations meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business purposes at its plants in Ningbo and Cixi, for up to 60 named users and 18 connected measuring stations.
P:2.2 The Customer may make reasonable backup copies and may use the Software in a test environment at no additional charge.
P:2.3 The Customer shall not resell or sublicense the Software to third parties, except to an affiliate that takes over one of the plants, on written notice to the Vendor.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,570,000 (the "Contract Price"), inclusive of applicable taxes, and consists of: the Software licence fee of CNY 1,240,000; implementation and Customisations of CNY 286,000; and training of CNY 44,000.
P:3.2 The Contract Price is fixed. Travel and living costs of the Vendor's personnel in China are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 15 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 15 days after the Software has been installed at both plants and the installation certificate has been signed. The installation certificate confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 15 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's designated bank account. The Vendor shall issue valid invoices for each payment.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after the first payment and complete installation, configuration and the Customisations within 100 days after signature, in accordance with the project plan in Annex 3.
P:5.2 Acceptance tests shall be carried out in the Customer's production environment under a test plan agreed by both parties. The acceptance criteria are: (a) all functions listed in Annex 1 and all Customisations listed in Annex 2 work as specified; (b) measurement results imported from each connected measuring station match the station's own results for a sample of 500 features without deviation; (c) SPC charts and capability indices for a reference data set match the values calculated independently by the Customer; (d) inspection results are passed to the MES without error for 20 consecutive working days; and (e) no Priority 1 defect is open.
P:5.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within 10 working days. If any test fails, the Vendor shall correct the defects and repeat the tests. Use of the Software in production before Final Acceptance does not constitute acceptance.
P:5.4 If the Vendor fails to achieve Final Acceptance by the date set in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customisations will perform substantially in accordance with their documentation for a warranty period of eighteen (18) months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide technical support free of charge.
P:6.2 After the warranty period, the Customer may purchase annual support and maintenance. The annual support fee shall be 11% of the Software licence fee, namely CNY 136,400 per year, and shall not be increased for the first three years after the warranty period. Support renews only when the Customer places a written order; there is no automatic renewal.
P:6.3 The Vendor shall respond to support requests as follows: Priority 1 (production inspection stopped or data not recorded at a plant) within 2 hours, with a workaround within 8 hours; Priority 2 (a module impaired) within 8 business hours; Priority 3 (other questions) within 2 business days. Support is provided in Chinese and English, remotely and, where needed, on site.
P:6.4 If the Vendor misses the Priority 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 for each hour of delay, deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software, and all intellectual property rights in it, remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Customisations, including source code and documentation, belong to the Customer upon payment. The Customer may use, modify and license the Customisations freely, including by third parties acting for it. The Vendor shall deliver the source code of the Customisations at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Customisations infringe the intellectual property rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in China. The Vendor shall access the Customer's systems only remotely through the Customer's bastion host, with prior approval for each session, or on site under the Customer's supervision. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall apply the security measures described in Annex 4, including role-based access, encryption of credentials and logging of all administrative actions. The Vendor shall notify the Customer within 2 hours after becoming aware of any security incident affecting Customer Data, cooperate in remedying it, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Customer's drawings, process parameters, quality records and pricing, and shall not disclose it to any third party without prior written consent.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 The limitation in Article 10.1 does not apply to liability for breach of Articles 8 and 9, infringement claims under Article 7.3, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 5.4 reach their maximum.
P:12.3 On termination by the Customer before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted, and the licence in Article 2 continues for any part accepted and paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Michigan, United States of America, without regard to its conflict-of-laws rules.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. Disputes not settled within 30 days shall be submitted to the state courts located in Wexford County, Michigan, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is made in English and Chinese. Both versions have equal effect.
P:Annex 1: Software modules. Annex 2: Customisations. Annex 3: Project plan. Annex 4: Security measures.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# HerdPoint Cloud — Order Form and General Terms

**Order Form No. HP-OF-2026-0219**

## PART A — ORDER FORM

### A1. Parties

- **Customer:** Inner Mongolia Lüyuan Dairy Farming Co., Ltd., Hohhot, Inner Mongolia, People's Republic of China.
- **Provider:** HerdPoint Systems LLC, a Wisconsin limited liability company, Marshfield, Wisconsin, United States of America, acting together with its hosting partner in China named in A6.

### A2. Services Ordered

The Provider will provide the HerdPoint Cloud herd-management service to the Customer's nine dairy farms listed in the Attachment, for up to 42,000 head of cattle and 180 named users. The service covers herd records, breeding and calving, milk yield and quality, animal health and treatment withdrawal periods, feed planning and the farm performance dashboards, accessed by web browser and mobile app. Onboarding covers configuration, migration of the Customer's existing herd records, integration with the milking-parlour controllers and the Customer's ERP, and training.

### A3. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | fixed, per year | 386,000 |
| Subscription fee, Subscription Year 2 | fixed, per year | 386,000 |
| Onboarding (one-time) | fixed | 46,000 |
| **Total Fees** | | **818,000** |
| Additional farm beyond the nine listed | per farm per Subscription Year | 21,500 |

All amounts include VAT. The Provider will invoice each Subscription Year's fee at the start of that Subscription Year, payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days. No amount is payable before Go-Live Acceptance. Additional farms are charged only if the Customer orders them in writing.

### A5. Onboarding and Go-Live Acceptance

1. The Provider will complete onboarding within 75 days after signature of this Order Form.
2. Go-Live Acceptance requires: (a) all functions in the Service Description working for all nine farms; (b) migrated animal records reconciled against the Customer's source files, with every discrepancy corrected; (c) milk yield data received from every parlour controller for 14 consecutive days without loss; (d) ERP postings reconciled for one full month-end; and (e) page response under 3 seconds for 200 concurrent users.
3. When the criteria are met, the Customer will sign a Go-Live Acceptance certificate within 7 working days. Use of the service by farm staff before then does not constitute acceptance.
4. If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider will pay the Customer CNY 600 for each day of delay, up to CNY 40,000.
5. Training consists of two on-site sessions at each farm for herd managers and veterinarians, one session for head-office analysts, and recorded videos in Chinese. The Provider will also supply a Chinese-language user guide and administrator guide before Go-Live Acceptance.

### A6. Hosting and Contacts

The service is hosted in the Alibaba Cloud region in Shanghai by the Provider's hosting partner, Shanghai Lanzhi Information Technology Co., Ltd. The Customer's contact is the Head of Farm Operations; the Provider's contact is its China Account Director.

This Order Form is governed by the General Terms in Part B, which form part of it.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into the service by or for the Customer, or generated by the service from it, including animal, production, health and employee data.

1.2 "Customer Configurations" means the farm structures, workflows, protocols, report templates and integration mappings built for the Customer during onboarding or the Subscription Term.

### 2. Service Levels

2.1 The Provider will make the production service available at least 99.95% of each calendar month, excluding planned maintenance notified five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Incidents are handled as follows: Severity 1 (service unavailable, or milk or health records cannot be entered at any farm): response within 30 minutes and restoration or workaround within 3 hours; Severity 2 (a major function impaired): response within 2 hours and resolution within 1 business day; Severity 3: response within 1 business day.

2.3 If monthly availability falls below the commitment, the Provider will credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that monthly amount. A late Severity 1 response earns a credit of CNY 800 per occurrence. Credits are deducted from the next invoice, or paid at the end of the Subscription Term.

### 3. Customer Data

3.1 As between the parties, the Customer owns all Customer Data.

3.2 The Provider processes Customer Data to provide the service. In addition, the Provider may compile aggregated and de-identified data derived from Customer Data, such as herd fertility, milk quality and treatment statistics, and use it to build industry benchmarks shown to its other customers, to improve its products and for research, during the Subscription Term and after it. Such data will not identify the Customer or any of its farms by name.

### 4. Data Security

4.1 Customer Data is stored in mainland China only. The Provider maintains a security programme certified to ISO/IEC 27001 and the hosting environment holds a Multi-Level Protection Scheme level 3 record.

4.2 The Provider will encrypt Customer Data in transit and at rest, restrict access to personnel who need it, require multi-factor authentication for administrative access and keep access logs for at least 180 days.

4.3 The Provider will notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, and be responsible for losses the Customer suffers as a result of the Provider's breach of this Section 4.

4.4 At the end of the Subscription Term the Provider will return all Customer Data in a standard format within 30 days and then delete it, confirming deletion in writing.

4.5 On request, the Provider will give reasonable assistance for up to 60 days after the end of the Subscription Term so that the Customer can move its data and Customer Configurations to another system, at the daily rates in its current price list.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public business, technical and financial information, use it only for this agreement and not disclose it to third parties except its advisers and permitted subcontractors bound by equivalent duties.

5.2 These duties survive for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider retains all rights in the HerdPoint Cloud platform, its software and documentation.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and have third parties use them, including with another system, during and after the Subscription Term.

### 7. Subcontractors and Subprocessors

7.1 The Provider may use subcontractors and subprocessors, including its hosting partner and support contractors, to provide the service. It will inform the Customer of any new subcontractor or subprocessor by e-mail at least 14 days before the change takes effect.

7.2 The Provider remains responsible for the performance of its subcontractors and subprocessors.

### 8. Liability

8.1 Each party's total liability under this agreement is limited to 150% of the Total Fees stated in A4.

8.2 The limit does not apply to breach of Sections 4 or 5, infringement claims, personal injury or wilful misconduct.

### 9. Term and Termination

9.1 This agreement runs until the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

9.2 Either party may terminate this agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider will refund prepaid fees for the remaining part of the Subscription Term.

9.3 The Customer may also terminate if availability falls below the commitment in any three months of a Subscription Year.

### 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Disputes that cannot be resolved by negotiation within 30 days will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this agreement without the other party's written consent, except to a successor of its entire business.

11.2 This agreement is executed in English and Chinese. In case of discrepancy, the two versions shall be read together in good faith.

11.3 Notices must be in writing and sent to the contacts named in A6 by courier or e-mail. A notice by e-mail takes effect when the recipient acknowledges it.

*Signed for the Customer:* ____________________   *Signed for the Provider:* ____________________
"""

E03 = """T:Supply Agreement for Wireless Temperature Monitoring Equipment and Software
P:Contract No. JCL-PRC-2026-054
P:Buyer: Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Sturgis Sensor Works, Inc., a Michigan corporation, Sturgis, Michigan, United States of America (the "Supplier").
P:The Buyer operates six refrigerated and frozen warehouses and wishes to replace its manual temperature records with a wireless monitoring system. After a competitive selection, the Buyer has chosen the Supplier. This Agreement is prepared on the Buyer's standard purchasing terms, as agreed by the Supplier.
H:1. Definitions
P:1.1 "Equipment" means the wireless temperature and humidity sensors, gateways, mounting kits and accessories listed in Clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, including its server, web and mobile components, alarm engine and reporting module, licensed under Clause 2.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Deliverables" means the site survey report, sensor placement drawings, alarm rules, configuration files, the interface to the Buyer's warehouse management system (WMS) and all documentation prepared for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the whole System under Clause 6.
H:2. Scope and Licence
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's six warehouses in Wuhan, Xiaogan and Ezhou, integrate it with the Buyer's WMS so that alarms and temperature histories are linked to storage locations and outbound orders, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software on the Buyer's own servers for all its sites, with no limit on the number of users, and for up to 600 sensors. The licence includes the right to make backup and test copies.
H:3. Price
P:3.1 The total contract price is CNY 1,440,000 (the "Contract Price"), including VAT, delivery to site, installation and all other costs, as itemised in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, with calibration certificate|420|1,860|781,200
TB:2|Gateway with cellular backup|24|6,450|154,800
TB:3|ColdWatch Software perpetual licence (up to 600 sensors)|1|368,000|368,000
TB:|Equipment and Software subtotal|||1,304,000
TB:4|Installation, configuration, WMS interface and commissioning|1 lot|118,000|118,000
TB:5|Training|1 lot|18,000|18,000
TB:|Contract Price|||1,440,000
P:3.2 The Contract Price is fixed and will not be adjusted for exchange-rate changes, import duties or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 15 working days after signature and receipt of a bank guarantee for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price within 15 working days after all Equipment has been delivered and installed at all six warehouses and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance of quality.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance.
P:4.4 Each payment is subject to the Supplier's valid VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment within 50 days after signature and complete installation and configuration within 40 days after delivery. The Supplier bears the risk of loss until delivery at site.
P:5.2 Installation in freezer rooms shall be carried out in coordination with the Buyer's operations so that stored goods are not exposed to temperature excursions.
P:5.3 If the Supplier fails to meet the Final Acceptance date in the project schedule for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:5.4 Each sensor shall be delivered with its own calibration certificate traceable to a national standard, labelled with its serial number and intended storage location. Packaging shall be removed by the Supplier at its own cost.
H:6. Acceptance
P:6.1 After installation, the System shall run for 30 consecutive days under normal operations. Final Acceptance requires that during this period: (a) every sensor reports at its configured interval with no more than 0.2% of readings missing per sensor; (b) sensor readings deviate by no more than 0.3 degrees Celsius from a calibrated reference instrument at three test points per warehouse; (c) alarms reach the duty manager by app notification and SMS within 60 seconds in all tests; (d) temperature histories appear correctly against storage locations in the WMS; and (e) no Severity 1 incident occurs.
P:6.2 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met. If they are not met, the Supplier shall remedy the defects and the trial run shall be repeated.
P:6.3 Installation, use of the System in operations or any payment does not mean that the System has been accepted.
H:7. Warranty and After-Warranty Support
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects, recalibrate sensors once a year and provide Software updates free of charge.
P:7.2 After the warranty period, the Buyer may order annual support from the Supplier. The annual support fee shall not exceed 9% of the Equipment and Software subtotal, namely CNY 117,360 per year, and shall remain fixed for three years after the warranty period. Support is ordered year by year in writing and does not renew automatically.
P:7.3 Incident response during the warranty and any support period: Severity 1 (monitoring stopped at a warehouse or alarms not delivered) response within 1 hour and restoration within 6 hours, on site if needed; Severity 2 (individual sensors or a gateway failed) response within 2 hours and repair within 2 working days; Severity 3 within 5 working days.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:7.5 The Supplier shall keep a stock of spare sensors and gateways in Wuhan equal to at least 3% of the installed quantity throughout the warranty period, so that failed units can be exchanged on the next working day.
H:8. Intellectual Property
P:8.1 The Software and the Supplier's pre-existing tools remain the property of the Supplier.
P:8.2 All rights in the Deliverables, including the WMS interface source code, belong to the Buyer from creation. The Buyer may use, modify and license them freely and have them maintained by any third party.
H:9. Data Ownership and Data Security
P:9.1 All temperature readings, alarms, logs and other data generated by the System, and all Buyer data accessed by the Supplier, belong to the Buyer. The Supplier shall use them only to perform this Agreement.
P:9.2 The System is installed on the Buyer's servers. The Supplier shall access it remotely only through the Buyer's VPN and bastion host after written approval for each session, and shall not copy data out of the Buyer's environment.
P:9.3 The Supplier shall ensure that the Equipment and Software support encrypted communication and password policies as specified in the technical annex, and shall notify the Buyer within 2 hours of any security incident it becomes aware of. The Supplier is liable for losses caused by security incidents attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stored goods and operations, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Agreement.
H:11. Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 5.3 reach their maximum. The Supplier shall then refund the amounts paid for the parts not accepted.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the people's court having jurisdiction at the Buyer's domicile.
H:15. General
P:15.1 This Agreement enters into force on signature by both parties and is made in English and Chinese, both versions having equal effect.
P:15.2 This Agreement, with its technical annex and project schedule, is the entire agreement of the parties on its subject. Any change must be agreed in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

**Agreement No. MRMS-JS-2026-07**

This Managed Infrastructure Services Agreement (the "Agreement") is made between:

- **Taiyuan Jinshan Mining Equipment Co., Ltd.**, Taiyuan, Shanxi Province, People's Republic of China (the "Customer"); and
- **Mesabi Range Managed Services, Inc.**, a Minnesota corporation, Hibbing, Minnesota, United States of America, acting through its support centre in Dalian (the "Provider").

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Customer Data" means all data of the Customer, its employees and customers stored on, processed by or accessible through the managed environment.

1.4 "Service Commencement" means the date on which the Customer confirms in writing that transition is complete under Section 4.

1.5 "Term" means 36 months from Service Commencement.

## 2. Scope

2.1 The Provider shall provide the Services for the Customer's head office and two factories in Taiyuan and its warehouse in Datong, covering servers, storage, backup, the campus and factory networks, firewalls, end-user devices and the IT service desk.

2.2 The Provider shall perform the Services with qualified personnel, in accordance with the Customer's IT security policies and the change-management process in Schedule 1, and shall provide a named service delivery manager.

2.3 The parties shall hold a monthly service review to discuss Service Level performance, incidents, changes and risks, and a quarterly review with the Customer's IT director to agree improvement actions and the plan for the next quarter. The Provider shall prepare minutes of each meeting.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,160,000, including VAT.

3.2 The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid VAT invoice. The transition charge is invoiced after Service Commencement. No charge is payable before Service Commencement.

3.3 The charges are fixed for the Term. Changes in scope shall be agreed in writing through the change process and priced on the unit rates in Schedule 3.

## 4. Transition

4.1 The Provider shall take over the services from the Customer's current provider within 60 days after signature, following the transition plan agreed by the parties. Transition includes discovery of all assets, documentation of configurations, setting up monitoring and the service desk, and knowledge transfer from the current provider.

4.2 Transition is complete when: (a) all assets in the inventory are monitored; (b) runbooks for every critical system have been written and tested; (c) a full restore test of the ERP and PLM databases has succeeded; and (d) the service desk has handled live tickets for 10 working days at the Service Levels. The Customer shall confirm completion in writing within 5 working days after these criteria are met.

4.3 The Provider shall use reasonable efforts to achieve Service Commencement on the planned date. No liquidated damages or other payments apply to a delay in transition; the Customer may continue to use its current provider until Service Commencement.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 If a Service Level is missed, the Provider shall pay the Service Credits in Schedule 2 and shall submit a root-cause analysis and remediation plan within 5 working days.

5.3 Service Credits are the Customer's sole monetary remedy for failures to meet the Service Levels.

## 6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data within mainland China, access it only from its Dalian support centre or the Customer's premises through the Customer's bastion host, enforce multi-factor authentication and least privilege, and keep a record of all privileged access for at least one year.

6.3 The Provider shall notify the Customer within 2 hours after becoming aware of any security incident affecting Customer Data or the managed environment, contain it, and cooperate in any investigation. The Provider is liable for losses caused by incidents attributable to its breach of this Section 6.

6.4 At the end of the Term the Provider shall return all Customer Data and configuration records and securely delete any copies it holds.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's designs, customer lists, network diagrams and credentials, and shall not disclose it to any third party without prior written consent.

7.2 These obligations continue for five years after the end of the Term.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration records, reports and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

8.2 The Provider's monitoring tools and pre-existing know-how remain the Provider's property.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except for the hardware vendors' own warranty services. The Provider remains responsible for any subcontractor.

## 10. Liability

10.1 The Provider's total liability under or in connection with this Agreement in any event is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Term and Early Termination

11.1 This Agreement continues for the Term and ends at its expiry. There is no automatic renewal; any extension requires a written amendment.

11.2 This Agreement may not be terminated by either party before the end of the Term. The Customer's remedies for any failure of the Provider are Service Credits, correction of the failure at the Provider's cost and damages within the limit in Section 10.

11.3 The Provider may suspend the Services if undisputed charges remain unpaid for more than 60 days after written notice.

11.4 On expiry, the Provider shall provide exit assistance for up to 90 days so that the Services can be handed over to the Customer or a new provider without interruption.

11.5 The Customer shall give the Provider timely access to its premises, systems and staff, and shall inform the Provider in advance of planned changes to its operations that may affect the Services.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.

## 13. General

13.1 Neither party is liable for failure caused by force majeure if it gives prompt notice and takes reasonable steps to reduce the effect.

13.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.3 This Agreement is made in English and Chinese, both versions having equal effect.

## Schedule 1 — Services

| Service tower | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English phone, e-mail and portal support for about 850 users | 07:00–22:00 daily |
| Server and storage | 64 virtual and 18 physical servers, two storage arrays, patching and capacity reports | 24 x 7 monitoring |
| Backup and recovery | daily backups, monthly restore tests, off-site copies at the Datong warehouse | 24 x 7 monitoring |
| Network and security | core and factory switches, Wi-Fi, firewalls, VPN, log review | 24 x 7 monitoring |
| End-user devices | about 900 PCs and laptops, imaging, software distribution, on-site support at each site | business days |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of ERP, PLM and MES infrastructure | 99.95% per month | 5% of the monthly charge for each 0.1 point below, up to 25% |
| Priority 1 incident response | 15 minutes | CNY 2,000 per late incident |
| Priority 1 incident restoration | 3 hours | CNY 3,000 per late incident |
| Priority 2 incident response | 1 hour | CNY 500 per late incident |
| Service desk first-call resolution | at least 70% per month | 2% of the monthly charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | after Service Commencement | 72,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| **Total charges for the Term** | | **2,160,000** |
| Additional server (optional) | per server per month | 650 |
| Additional end-user device (optional) | per device per month | 45 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KAD-SD-2026-031

This Data and API Subscription Agreement (the "Agreement") is made between Shandong Hengfeng Feed Group Co., Ltd., Linyi, Shandong Province, People's Republic of China (the "Customer"), and Kandiyohi AgData, Inc., a Minnesota corporation, Willmar, Minnesota, United States of America (the "Provider").

The Customer buys soybean meal, corn and other feed ingredients and wishes to use the Provider's crop, weather and commodity data in its purchasing and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the crop-progress, yield-estimate, weather, freight and commodity-price data sets described in Schedule A, as updated by the Provider from time to time.

1.2 "API" means the Provider's application programming interface through which the Licensed Data is delivered, with its documentation.

1.3 "Customer Data" means the lists of origins, suppliers, storage locations and contracts, query parameters, user accounts and other data that the Customer or its users submit to the API or the Provider's portal, and all logs of the Customer's use.

1.4 "Subscription Year" means each successive one-year period, the first starting on the date of Integration Acceptance. There are two Subscription Years.

1.5 "Customer Outputs" means the models, forecasts, reports, dashboards and other works that the Customer creates using the Licensed Data.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the Licensed Data through the API and the portal, and to store, analyse and combine it with other data for the Customer's internal business purposes, for up to 40 named users and 2,000,000 API calls per month.

2.2 The Customer shall not resell or redistribute the Licensed Data in its original form to third parties. Customer Outputs that contain Licensed Data only in derived or aggregated form may be shared within the Customer's group and with its banks and auditors.

2.3 The Provider will set up two dedicated data feeds for the Customer: a daily origin report for the Customer's 36 sourcing regions in China, the United States, Brazil and Argentina, and a freight cost index for the Customer's import routes (the "Custom Feeds").

3. FEES

3.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 236,000;
(b) subscription fee for Subscription Year 2: CNY 248,000;
(c) one-time set-up and integration fee: CNY 18,000.
The total fees under this Agreement are CNY 502,000, including VAT.

3.2 API calls above the monthly allowance are charged at CNY 0.02 per call, only if the Customer has approved the higher volume in writing. Such charges are not included in the total fees.

4. PAYMENT

4.1 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days after receipt of a valid VAT invoice.

4.2 The set-up and integration fee is invoiced after Integration Acceptance and payable within 30 days.

4.3 Nothing is payable before Integration Acceptance.

5. SET-UP AND INTEGRATION ACCEPTANCE

5.1 The Provider shall provide API credentials, the Custom Feeds and integration support within 25 days after signature, so that the Licensed Data can be loaded into the Customer's purchasing system and data warehouse.

5.2 Integration Acceptance requires that: (a) all data sets in Schedule A and both Custom Feeds are delivered through the API; (b) ten consecutive daily loads into the Customer's data warehouse complete without error; (c) price and weather values for a sample of 200 records match the Provider's published values; and (d) the API responds within 800 milliseconds for 95% of calls during the test period. The Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met.

5.3 If the Provider fails to make the API and the Custom Feeds available by the date in Clause 5.1 for reasons attributable to it, the Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

6. SERVICE LEVELS

6.1 The API and the portal shall be available at least 99.95% of each calendar month, excluding maintenance windows announced three days in advance.

6.2 Daily data sets shall be published by 06:00 Beijing time on each business day. A data set published more than two hours late counts as a delivery failure.

6.3 The Provider shall respond to support tickets as follows: Severity 1 (API unavailable or data not delivered): within 8 business hours; Severity 2 (partial data missing or incorrect): within 2 business days; Severity 3 (questions): within 5 business days. Support is provided in English and Chinese through the portal and e-mail.

6.4 If availability falls below the level in Clause 6.1, or there are more than three delivery failures in a month, the Provider shall credit 10% of the monthly equivalent of the subscription fee for that month, and 20% if availability falls more than half a percentage point below that level. Credits are set off against the next invoice or refunded at the end of the term.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API, the portal and support to the Customer, and not for any other purpose, including its own analytics, benchmarks or products.

7.2 Customer Data is stored in the Provider's servers in mainland China, operated by its hosting partner in Beijing under a Multi-Level Protection Scheme level 3 record. Customer Data shall not be transferred outside mainland China.

7.3 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and access logs kept for at least 180 days, and shall test its controls at least once a year by an independent assessor.

7.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by its failure to comply with this Clause 7.

7.5 Within 30 days after the end of this Agreement, the Provider shall return Customer Data in a standard format and delete it from its systems.

8. INTELLECTUAL PROPERTY

8.1 The Licensed Data, the API and the Provider's platform remain the property of the Provider and its data sources.

8.2 Customer Outputs belong to the Customer. The specifications and transformation logic of the Custom Feeds, developed at the Customer's request, belong to the Customer, which may use, modify and license them freely, including with another data provider.

9. SUBCONTRACTING

9.1 Apart from the hosting partner named in Clause 7.2, the Provider shall not subcontract the performance of this Agreement without the Customer's prior written consent. The Provider is responsible for the acts of its hosting partner and any approved subcontractor.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees stated in Clause 3.1.

10.2 The limit does not apply to breach of Clause 7, wilful misconduct or claims that the Licensed Data infringes third-party rights.

10.3 The Provider does not warrant that forecasts contained in the Licensed Data will prove correct, but it shall correct any data error notified by the Customer within the Severity 2 time.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the unused part of the subscription fee.

11.3 On expiry or termination, the Customer may keep Licensed Data downloaded before that date for its internal records, but shall not use it for new analyses.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes not resolved by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for failure to perform caused by force majeure, including failures of public data sources beyond the Provider's control, if it gives prompt notice and resumes performance as soon as possible.

13.2 This Agreement is made in English and Chinese, both versions having equal effect.

SCHEDULE A - LICENSED DATA

A.1 Crop progress and condition reports for soybeans and corn, weekly, by state or province, for the United States, Brazil, Argentina and China.
A.2 Yield and production estimates, monthly, with the Provider's own satellite-based forecasts and the official estimates of each country.
A.3 Weather observations and 15-day forecasts for the Customer's 36 sourcing regions, daily.
A.4 Ocean freight rates for bulk carriers on the main routes to Chinese ports, and inland freight for Brazil and the United States, daily.
A.5 Futures settlement prices and cash basis for soybeans, soybean meal and corn at the main exchanges and export terminals, daily.

For the Customer: ____________________        For the Provider: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (file, lang, category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract value)
SPEC = {
    "z01": ("h985z01_civil_affairs_bathing_care_platform.pdf", "zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 8, False, True, False, "PRC", G],
            True, True, True, False, 1286000),
    "z02": ("h985z02_elliptical_trainer_line_control_retrofit.docx", "zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 28, False, True, True, "PRC", G],
            True, True, True, False, 2550000),
    "z03": ("h985z03_german_school_booking_membership_saas.txt", "zh", "cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 400 / 594000 * 100, 150, None, True, None, None, None, True,
             True, False, "PRC", S],
            True, True, None, False, 594000),
    "z04": ("h985z04_water_bureau_interceptor_level_monitoring_om.txt", "zh", "services",
            [None, 1, False, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, True, False,
             "PRC", S],
            True, True, None, False, 468000),
    "z05": ("h985z05_handmade_paper_process_tracking_supplier_template.md", "zh", "software",
            [None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
             "PRC", G],
            False, True, False, True, 408000),
    "e01": ("h985e01_metrology_spc_perpetual_licence_michigan_vendor.pdf", "en", "software",
            [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
             "Michigan", G],
            True, True, True, False, 1570000),
    "e02": ("h985e02_dairy_herd_saas_order_form.md", "en", "cloud",
            [99.95, 0.5, True, "buyer", True, False, True, 600 / 818000 * 100, 150, None, True, None, None, None,
             False, True, True, "PRC", S],
            True, True, None, False, 818000),
    "e03": ("h985e03_cold_chain_temperature_sensors_monitoring.docx", "en", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 9, False, True, False, "PRC", G],
            True, True, True, False, 1440000),
    "e04": ("h985e04_mining_equipment_managed_infrastructure_36m.md", "en", "services",
            [99.95, 0.25, True, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None, None, None, False,
             False, False, "PRC", S],
            True, False, None, False, 2160000),
    "e05": ("h985e05_feed_group_crop_commodity_data_api.txt", "en", "cloud",
            [99.95, 8, True, "buyer", True, True, False, 400 / 502000 * 100, 200, None, True, None, None, None, False,
             True, False, "PRC", S],
            True, True, None, False, 502000),
}
# TCO inputs for goods_or_licence drafts with a stated, capped fee: (fee base = itemised subtotal, annual fee)
TCO = {"z01": (620000, 49600), "z02": (2180000, 610400), "e01": (1240000, 136400), "e03": (1304000, 117360)}
# price / payment sums as stated in the texts
SUMS = {"z01": ([620000, 468000, 112000, 86000], 1286000), "z02": ([768000, 456000, 168000, 148000, 386000, 254000,
        196000, 148000, 26000], 2550000), "z03": ([268000, 268000, 58000], 594000), "z04": ([117000] * 4, 468000),
        "z05": ([168000, 214000, 26000], 408000), "e01": ([1240000, 286000, 44000], 1570000),
        "e02": ([386000, 386000, 46000], 818000), "e03": ([781200, 154800, 368000, 118000, 18000], 1440000),
        "e04": ([72000] + [58000] * 36, 2160000), "e05": ([236000, 248000, 18000], 502000)}
SPLITS = {"z01": [25, 50, 25], "z02": [20, 35, 45], "z05": [65, 35], "e01": [20, 45, 35], "e03": [20, 45, 35]}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee on the itemised base."""
    base, fee = TCO[key]
    t = dict(zip(KEYS, SPEC[key][3]))
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    post = (5 - t["warranty_months"] / 12) * fee
    return post / (SPEC[key][8] + post) * 100


def derive(key):
    """My reading of policy §3, from the label alone (+ the TCO inputs)."""
    _, _, _, vals, sla, ld_stated, capped, deemed, cv = SPEC[key]
    t = dict(zip(KEYS, vals))
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key) > 40:
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


def label(key):
    name, lang, cat, vals, sla, ld_stated, capped, deemed, cv = SPEC[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if vals[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(KEYS, vals)),
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
_NUM_ZH = "十二三四五六七八九零〇两百千一"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.,%s])(?:4|四)\s*-?\s*(?:个)?(?:hours?|hrs?\b|h\b|小时)" % _NUM_ZH,
    r"four[\s-]*hours?",
    r"(?<![\d.])0\.050*\s*(?:%|％|percent|per\s*cent)",
    r"万分之五(?![十%s0-9])" % _NUM_ZH, r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百",
    r"(?<![\d.,])30\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![%s])" % _NUM_ZH,
    r"(?<![\d.,])15\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![%s])" % _NUM_ZH,
    r"(?<![\d.,])40\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![%s])" % _NUM_ZH,
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"twelve[\s-]*(?:\(12\)\s*)?(?:consecutive\s*)?(?:calendar\s*)?months?",
    r"十二个月",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "4小时内", "四小时", "4个小时", "four hours", "0.05%",
            "0.050 %", "万分之五", "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五",
            "40%", "百分之四十", "12 months", "12-month", "12个月", "twelve (12) months", "twelve consecutive calendar months",
            "十二个月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "十四小时", "0.055%", "0.5%", "万分之五十",
             "200%", "130%", "150%", "115%", "2027年12月31日", "45%", "0.15%", "1.5%", "百分之三十五", "18 months",
             "112 months", "24 x 7", "3%"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


TEXT = {"z03": Z03, "z04": Z04, "z05": Z05, "e02": E02, "e04": E04, "e05": E05}
MARKUP = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_selftest()
    write(MARKUP, {k: (SPEC[k][0], SPEC[k][0].rsplit(".", 1)[1]) for k in MARKUP}, OUT, wrap_words=True)
    for k, txt in TEXT.items():
        (OUT / SPEC[k][0]).write_text(txt, encoding="utf-8")
        print("wrote", SPEC[k][0])
    covered = set()
    for k in SPEC:
        name, lang = SPEC[k][0], SPEC[k][1]
        parts, total = SUMS[k]
        assert sum(parts) == total == SPEC[k][8], k
        if k in SPLITS:
            assert sum(SPLITS[k]) == 100 and not {15, 30, 40, 100} & set(SPLITS[k]), k
        t = dict(zip(KEYS, SPEC[k][3]))
        for f, v in THRESH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        if k in TCO:
            sh = tco_share(k)
            assert abs(sh - 40) > 2, (k, sh)
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        risk = "high" if HIGH & set(lab["expected_rules"]) else (
            "medium" if set(lab["expected_rules"]) - {"CR-GOVERNING-LAW"} else ("low"))
        extra = " tco %.1f%%" % tco_share(k) if k in TCO else ""
        print(k, name, n, lab["expected_rules"], risk, extra)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = [len(DESIGN[k]) for k in SPEC]
    assert sum(1 for k in SPEC if not DESIGN[k]) == 2 and not DESIGN["z01"] and not DESIGN["e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    print("all checks passed; rules covered:", len(covered))
