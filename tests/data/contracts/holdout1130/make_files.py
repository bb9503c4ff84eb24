"""holdout1130: builds the ten held-out draft contracts from the sources below, writes their .json labels and
asserts the brief's checks (lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市市场监督管理局知识产权公共服务平台采购合同
P:合同编号：SJJ-ZC-2026-118　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市市场监督管理局　　乙方（供应商）：杭州知衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就知识产权公共服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供知衡知识产权服务平台软件永久使用许可（含商标、专利、地理标志三个业务模块，不限用户数），并在该平台基础上完成定制开发，包括商标受理窗口业务系统、专利快速预审对接、知识产权质押登记辅助、企业知识产权画像和统计分析驾驶舱。
P:1.2 乙方负责将甲方现有三套业务系统中的历史数据迁移至新平台，并开发与省级知识产权业务系统、市政务服务网、电子证照库的数据接口共九个。
P:1.3 乙方负责平台在甲方政务云上的部署、联调、试运行及操作培训，培训对象为甲方窗口人员和业务科室人员，合计不少于八十人次。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾叁万陆仟元整（¥2,336,000），包括：平台软件许可费¥1,180,000；定制开发费¥846,000；数据迁移及接口开发费¥214,000；部署实施及培训费¥96,000。
P:2.2 合同总价为固定价格，已包含乙方完成本合同全部工作所需的一切费用和税费，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并经甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移和接口联调并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和接口联调，一百二十日内完成全部定制开发并提交初步验收申请。
P:4.2 乙方应按周向甲方提交项目进度报告，重大事项应随时书面报告。
P:4.3 乙方应指派具有同类政务平台实施经验的项目经理一名，并保证项目经理和核心开发人员在项目实施期间驻场工作，未经甲方书面同意不得更换。甲方认为乙方人员不能胜任的，有权要求乙方在七日内更换。
P:4.4 甲方负责提供政务云资源、网络环境、现有系统的数据字典和必要的业务配合，并指定项目联系人。甲方原因造成的延误，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件和本合同附件功能清单全部实现；迁移数据经全量比对，记录数、关键字段与原系统一致；九个接口连续十日运行无差错；在五百个并发用户下，普通查询响应时间不超过2秒，统计分析不超过5秒。
P:5.2 初步验收通过后进入九十日试运行。试运行期间未发生一级故障，且平台通过第三方机构的网络安全等级测评和商用密码应用安全性评估的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持，每季度进行一次系统巡检并向甲方提交巡检报告和优化建议；遇重大活动或业务高峰，乙方应按甲方要求安排技术人员现场值守。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），且质保期满后三年内不上调。维护服务按年度另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意。
P:7.2 故障分为三级。一级故障（平台整体不可用或核心业务无法办理）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内响应。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，乙方支付违约金人民币2,000元，可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交完整源代码。
P:8.3 乙方保证其提供的软件不侵犯任何第三方的知识产权，因侵权引起的一切责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的业务数据、市场主体信息、日志及迁移数据均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方人员应通过甲方堡垒机访问系统，操作全程留痕；测试使用脱敏数据；乙方应遵守《数据安全法》《个人信息保护法》及等级保护要求，落实访问控制、加密和备份措施。
P:9.3 合同终止或维护服务结束时，乙方应将其持有的甲方数据全部交还甲方并彻底删除，并出具书面删除确认。
P:9.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、系统架构、账户口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合约定的，应无偿修复；两次验收不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；但补充协议不得违背招标文件和投标文件的实质性内容。
P:16.2 招标文件、投标文件、中标通知书及附件功能清单为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：　　　　签订日期：2026年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：YXQ-GZ-2026-037
P:甲方：宁波恒锐电动压线钳制造有限公司
P:乙方：常州瑞控自动化工程有限公司
P:甲方为提升电动压线钳装配线和测试线的自动化水平，委托乙方对其三条装配线、三条出厂测试线的控制系统进行改造。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除六条产线原有的继电器控制柜和老旧PLC，提供并安装新的PLC控制器、伺服驱动及电机、触摸屏、工业交换机，部署产线监控软件，使各产线具备节拍统计、压接力曲线采集、扭矩自动判定和故障报警功能。
P:1.2 乙方负责编写和调试全部PLC控制程序、触摸屏画面及监控软件与甲方MES系统的数据接口，并对甲方设备科人员进行操作和维护培训。
P:1.3 改造应分线进行，每次停线不得超过三日，停线计划须提前七日经甲方确认，不得影响其余产线的正常生产。
P:1.4 乙方提供的PLC、伺服和触摸屏应为原厂全新正品，品牌和型号以技术协议为准，并随货提供合格证、原厂授权书和中文说明书；软件应提供安装介质和授权文件。
P:1.5 改造后的控制系统应预留与甲方后续视觉检测设备的接口和不少于两成的I/O余量，控制柜布线应符合国家电气安装规范，线号清晰，并提交竣工图纸。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾伍万元整（¥1,250,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器（含I/O模块）|6套|68,000|408,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏（HMI）|6台|7,800|46,800
TB:4|工业以太网交换机|8台|6,200|49,600
TB:5|产线监控软件许可（永久）|1套|196,000|196,000
TB:|软硬件小计|||928,400
TB:6|改造施工、安装及调试|1项|186,000|186,000
TB:7|控制程序及接口定制开发|1项|124,000|124,000
TB:8|培训|1项|11,600|11,600
TB:|合计|||1,250,000
P:2.2 上述价格为含税固定总价，包括设备运输、保险、安装辅材和乙方人员差旅费。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的25%；到货签收仅确认数量和外观，不构成质量验收。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 合同总价的10%作为质量保证金，质保期满且乙方履行全部质保义务后无息支付。
H:第四条 工期
P:4.1 乙方应于合同生效后四十五日内完成设备到货，一百日内完成六条产线的改造和调试并申请最终验收。
P:4.2 甲方负责提供产线现有电气图纸、工艺文件、MES接口说明和施工所需的水电及场地，并安排工艺、设备人员配合调试。甲方原因造成停工的，工期相应顺延。
P:4.3 乙方施工人员应遵守甲方的安全生产、动火作业和车间6S管理制度，特种作业人员应持证上岗。施工期间发生的人身伤害和财产损失，由责任方承担。
P:4.4 乙方应在每周五向甲方提交施工周报，说明进度、存在问题和下周计划；每条产线切换前应提交切换方案和回退方案，经甲方批准后实施。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，标准为：各工位动作和联锁逻辑符合技术协议；节拍不低于改造前的1.2倍；压接力曲线采集频率不低于1kHz，扭矩判定误检率低于千分之二；与MES系统的数据上传实时准确；连续带料生产七十二小时无停线故障。
P:5.2 六条产线均通过单线验收后，进入三十日整体试运行，试运行期间无一级故障的，甲方组织最终验收并签署验收报告。
P:5.3 设备安装完毕、产线投入生产或甲方付款，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质保及售后服务
P:6.1 质保期为自最终验收之日起二十四个月，质保期内乙方对设备和软件免费维修、更换和升级。
P:6.2 产线控制系统月度可用率（扣除甲方计划停机）应不低于99.5%。
P:6.3 一级故障（整条产线停线）乙方应在1小时内响应，6小时内到场；二级故障（单工位停机）应在2小时内响应，次日内到场。乙方响应或到场超时的，每超时一小时向甲方支付违约金人民币800元；可用率未达约定的，按差值每0.1个百分点扣减质量保证金人民币3,000元。
P:6.4 质保期内，乙方应在甲方厂内存放常用备品备件，包括PLC I/O模块、伺服驱动器和触摸屏各一套，保证故障部件在到场后当日更换；乙方每半年对全部产线控制系统进行一次预防性检查，并提交检查报告。
P:6.5 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的8.5%计取（每年¥78,914），质保期满后三年内不予上调。维保合同逐年签订，不自动续期。
H:第七条 知识产权
P:7.1 PLC控制程序、触摸屏画面工程文件、MES接口程序及其源代码为本项目定制成果，知识产权归甲方所有，乙方应在最终验收时完整移交，甲方可自行修改或委托他人维护。
P:7.2 监控软件本身的知识产权仍归乙方，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 产线生产数据、工艺参数、质量记录均归甲方所有，乙方不得复制、带离或用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和堡垒机接入；乙方应采取访问控制和病毒防护措施，不得在产线网络中接入未经检测的移动存储介质。
P:8.3 因乙方原因导致数据泄露、丢失或产线网络遭受攻击的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、产品图纸、产能数据、客户信息和其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，不得在宣传材料中使用甲方名称和现场照片。本条义务在合同终止后仍然有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的0.08%支付违约金；逾期超过四十五日的，甲方可解除合同。
P:10.2 乙方提供的设备为翻新品、非原厂正品或与技术协议规定型号不符的，甲方有权退货，乙方应另行支付该设备价款两倍的违约金。
P:10.3 因乙方施工造成甲方设备损坏或停产损失的，乙方应予赔偿。
H:第十一条 分包
P:11.1 乙方可将控制柜拆除、线槽敷设等辅助施工委托第三方完成，但应提前三个工作日书面通知甲方，并对其施工质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 不可抗力
P:13.1 任何一方因不可抗力不能履行合同的，应在三日内通知对方并提供证明，双方协商调整工期；不可抗力持续超过六十日的，双方均可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同的任何变更须经双方书面确认。乙方的通知应送达甲方设备科，甲方的通知应送达乙方项目经理，电子邮件通知以对方收到为准。
P:15.2 技术协议和产线布置图为本合同附件。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """预约排课及会员管理系统SaaS服务合同

合同编号：BLD-SaaS-2026-0215

甲方：上海北朗丹麦语培训连锁管理有限公司
乙方：苏州课栈云科技有限公司

甲方在全国经营三十五家丹麦语培训门店，拟采用乙方的“课栈”预约排课及会员管理SaaS服务，统一管理各门店的课程预约、排课、会员储值和课时消耗。双方经协商一致，签订本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供“课栈”SaaS服务，包括课程预约、教师排课、教室管理、会员档案、储值及课时包、课时核销、家长及学员微信小程序、门店经营报表等模块。
2. 订阅范围为甲方三十五家门店，每家门店开通一个门店账户，总部开通管理账户五个，门店员工账户不限数量。
3. 乙方负责平台的运行、维护、升级和安全防护，甲方及其门店通过浏览器和小程序使用服务，无需自建服务器。
4. 平台应支持微信支付和门店收银系统对接，会员可通过小程序自助预约、取消预约、查询剩余课时和课程评价，门店可按教师、教室和课程级别查看排课冲突提醒。
（二）实施服务
1. 乙方负责将甲方现有Excel台账和旧系统中的会员、储值余额、剩余课时、课程表等数据迁移至平台。
2. 乙方按甲方要求配置门店组织架构、课程体系（入门、中级、高级、考试冲刺及企业定制班）、价格规则和会员等级规则，并开发总部课消分析报表和教师课酬报表两张定制报表。
3. 乙方负责对甲方总部及门店人员进行培训，每家门店不少于两名员工通过操作考核。
（三）甲方的配合义务
1. 甲方应指定总部项目负责人一名，各门店指定联络人一名，负责需求确认、数据核对和门店试用的组织工作。
2. 甲方应在合同签订后十日内向乙方提供现有会员台账、储值余额、剩余课时和课程表，并对其真实性和完整性负责。
3. 甲方应妥善保管管理账户及密码，门店员工离职时及时停用其账户。因甲方账户管理不当造成的损失由甲方承担。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算，每个服务年度自起算日起至次年对应日的前一日止。
（二）服务期届满前三十日内双方均未书面提出不再续订的，本合同自动续期一个服务年度，可连续续期。续期服务费由乙方按续期时的标准价格确定，乙方有权在续期时上调服务费单价，并提前十五日以电子邮件通知甲方。

三、服务费用及支付
（一）服务费用
1. 订阅服务费：每家门店每个服务年度人民币9,600元，三十五家门店每个服务年度合计人民币336,000元，两个服务年度合计人民币672,000元。
2. 实施服务费：人民币58,000元（含数据迁移、配置、两张定制报表和培训），一次性支付。
3. 本合同总价为人民币730,000元（含税）。
（二）支付方式
1. 实施服务费在平台上线验收合格后十个工作日内支付。
2. 每个服务年度的订阅服务费在该服务年度开始后十个工作日内一次性支付。
3. 乙方应在收款前开具合法有效的增值税专用发票。
（三）服务期内甲方新增门店的，按每家门店每个服务年度9,600元的单价按剩余月份折算增加费用；门店关闭的，自下一个服务年度起相应减少。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、配置和培训，具备上线条件。
（二）上线验收标准：
1. 迁移的会员数量、储值余额和剩余课时与甲方确认的迁移清单逐条核对一致，差异为零；
2. 全部模块及两张定制报表按需求确认书实现；
3. 三十五家门店全部完成试用，连续十日无一级故障；
4. 在三百名用户同时在线时，预约和核销操作响应时间不超过2秒。
（三）甲方在收到验收申请后五个工作日内组织验收，验收合格的签署上线验收单。验收不合格的，乙方应在七日内整改后重新申请。甲方试用或门店使用平台，不视为验收合格。
（四）上线验收单签署之日即为第一个服务年度的起算日，双方应在验收单上载明该日期及第二个服务年度的起止日期。

五、服务水平
（一）平台月度可用率不低于99.95%，计划内维护应安排在每日零时至六时之间，并提前二十四小时通知甲方。
（二）故障分级及响应：
1. 一级故障（平台无法登录，或预约、核销功能全部不可用）：乙方应在1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，8小时内恢复；
3. 三级故障（其他问题及咨询）：下一个工作日内答复。
（三）乙方提供7×24小时服务热线和在线工单，并为甲方指定专属客户成功经理。
（四）乙方每月向甲方提供上月可用率、故障处理情况报告。
（五）乙方对平台进行版本升级的，应提前五个工作日通知甲方升级内容；升级不得减少甲方已订阅的功能，不得改变会员数据的结构和导出格式。招生旺季（每年二月、七月和九月）乙方不得安排影响门店营业时间的升级。

六、数据安全及数据归属
（一）甲方及其门店在平台上录入和产生的会员信息、学员信息、交易记录、课时数据等均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，平台应通过网络安全等级保护第三级备案和测评；乙方应对个人信息进行加密存储，实施访问权限控制和操作日志审计，每日备份数据并异地保存。
（三）发生数据泄露、丢失或被篡改等事件的，乙方应在2小时内通知甲方，立即采取补救措施，配合甲方向监管部门报告；因乙方原因造成的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，交付确认后彻底删除平台上的甲方数据。

七、知识产权
（一）“课栈”平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方开发的两张定制报表的设计、报表模板和相关程序的知识产权归甲方所有，甲方可自行或委托第三方使用和修改。

八、违约责任
（一）乙方未按第四条第（一）项约定期限具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方交付的定制报表与需求确认书不符，或迁移数据存在差错的，乙方应免费修正，因此导致上线延误的，按本条第（一）项承担违约金。
（四）任何一方违约给对方造成损失的，应予赔偿。

九、合同解除
（一）乙方严重违反本合同，或月度可用率连续两个月低于约定标准，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅服务费。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

十、分包
乙方不得将本合同项下的服务转包；实施服务如需部分分包，须事先取得甲方书面同意。

十一、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十二、其他
（一）需求确认书、迁移清单为本合同附件，与本合同具有同等效力。
（二）双方的通知以书面或电子邮件方式送达本合同首页载明的联系人，任何一方联系人变更的，应提前三日通知对方。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2026年　月　日
"""

Z04 = """客运站安检系统年度运维服务合同

项目名称：市交通运输局2027年度客运站安检系统运维服务
采购方式：竞争性磋商
合同编号：JTYS-CS-2026-064

甲方：某市交通运输局
乙方：南京安途智能科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就市区三个客运站安检系统的年度运维服务，订立本合同。

第一条 服务范围
1. 运维对象为汽车客运中心站、城东客运站、城南客运站的安检系统，包括X射线行李安检机十一台、通道式金属探测门十四台、手持金属探测器三十二支、液体检测仪六台、人证核验闸机二十二台、安检图像集中判图系统及其服务器、存储和网络设备。设备清单见附件一。
2. 服务内容包括：日常巡检和预防性维护；故障维修和备件更换；X射线机年度辐射安全检测配合；判图系统软件的维护、补丁升级和数据备份；安检员设备操作培训；春运、暑运和节假日高峰期的现场保障。
3. 乙方应在中心站派驻工程师两名，工作日8:00至20:00驻场值守；城东站、城南站由乙方工程师每日巡检一次。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，下一年度服务由甲方另行组织采购。

第三条 合同价款及支付
1. 本合同总价为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，包括人工、交通、工具、常用备件、检测配合、培训及税费。单价超过人民币五千元的主要部件（如X射线源、探测器板）的更换费用另行报价，经甲方书面确认后实施。
2. 合同价款按季度支付。每季度结束后，甲方按第六条对该季度服务进行考核，考核合格后十五个工作日内支付当季服务费人民币117,000元。
3. 乙方应在每次付款前开具等额合法发票。甲方按财政国库集中支付程序付款。
4. 服务期内甲方新增或报废安检设备的，按附件一所列单台设备年度运维单价和实际服务月数相应增减服务费，双方签订补充协议确认。

第四条 服务要求
1. 巡检：驻场工程师每日开站前完成设备开机自检和安检图像质量测试，每周对全部设备进行一次全面检查，每月对判图系统进行一次数据备份验证，检查记录当日录入运维台账。
2. 预防性维护：每季度对X射线机进行一次清洁、校准和射线防护检查，对金属探测门进行一次灵敏度测试，对人证核验闸机进行一次识别准确率测试。
3. 故障分级：
（1）一级故障：任一客运站全部安检通道停止工作，或判图系统整体瘫痪；
（2）二级故障：单台X射线机或单个安检通道不能工作；
（3）三级故障：不影响安检通道运行的其他故障。
4. 响应时限：一级故障乙方应在接到报修后6小时内响应并到达现场，24小时内恢复；二级故障应在8小时内到场，48小时内修复；三级故障在三个工作日内处理。驻场时段内发生的故障，驻场工程师应立即处置。
5. 乙方故障响应或修复超过上述时限的，每超时一小时扣减当季服务费人民币500元；超时期间乙方应协助甲方采取人工检查等临时措施。
6. 节假日保障：春运、国庆等高峰期，乙方应在每个客运站安排专人全天驻场，并储备X射线机关键备件。
7. 备件管理：乙方应在中心站设立备件库，常备金属探测门主板、闸机读卡模块、X射线机输送带和电机等易损件，并建立备件出入库台账，每月报甲方核对。更换的备件应为原厂件或经甲方认可的同等质量部件。
8. 运维报告：乙方每月5日前提交上月运维月报，内容包括巡检情况、故障统计及处理、备件消耗、设备运行状况分析和改进建议；发生一级故障的，乙方应在恢复后二日内提交故障分析报告。

第五条 人员要求
1. 乙方驻场工程师应具有安检设备维修经验，X射线机维护人员应持有辐射安全培训合格证明。
2. 乙方更换驻场工程师应提前十日书面告知甲方，并做好工作交接。
3. 乙方人员进入安检区域应遵守客运站的安全管理规定，佩戴工作证件。
4. 乙方每半年为各客运站安检员举办一次设备操作和日常保养培训，每次培训后提交培训记录和考核结果。新设备或系统升级后，乙方应在一周内完成专项培训。

第六条 考核与验收
1. 季度考核标准：巡检记录完整率达到规定要求；一级故障全部在时限内恢复；二级故障均在修复时限内修复；判图系统数据备份验证全部通过；甲方对服务的满意度评分不低于85分。
2. 考核由甲方会同各客运站进行，考核结果书面通知乙方。考核不合格的，乙方应在十日内整改，整改后重新考核，当季服务费在重新考核合格后支付。
3. 服务期满后十五日内，乙方提交年度运维总结报告、设备台账和全部运维记录，甲方组织年度验收。年度验收以四个季度考核结果和设备移交清点结果为依据。
4. 年度验收时，全部设备应处于正常可用状态，技术资料、账户口令和备件台账完整移交；存在遗留故障的，乙方应在验收前修复完毕。年度验收结果作为甲方对乙方履约评价的依据，并按规定录入政府采购履约验收记录。

第七条 数据安全
1. 安检图像、人证核验记录、旅客身份信息及系统日志均属于甲方所有。乙方仅为运维目的接触上述数据，不得复制、留存、向任何第三方提供或用于其他目的。
2. 乙方维护判图系统和闸机时应在甲方现场进行，不得远程接入；使用的移动存储介质须经甲方检查登记；更换下来的硬盘和存储部件应交甲方销毁，不得带离。
3. 乙方应遵守《数据安全法》《个人信息保护法》的规定，对运维人员进行数据安全教育。发生数据泄露等安全事件的，乙方应在1小时内报告甲方，并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方对履行合同过程中知悉的客运站安全防范布局、安检操作规程、系统账户口令及其他工作秘密负有保密义务，服务期满后仍须遵守。

第九条 知识产权
乙方在运维过程中形成的运维台账、巡检报告、配置文档和脚本归甲方所有，甲方可自由使用。

第十条 违约责任
1. 乙方未按第四条完成巡检或预防性维护的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方因维护不当造成设备损坏的，应负责修复或赔偿。
3. 甲方逾期付款的，按应付金额每日万分之三支付违约金。
4. 乙方人员在客运站内违反安全管理规定，造成安全事故或旅客投诉的，乙方应承担相应责任，甲方有权要求乙方更换相关人员。

第十一条 转包与分包
乙方不得转包或分包本合同项下的任何服务。

第十二条 合同效力
本合同在服务期内持续有效，双方应全面履行。本合同的变更须经双方协商一致并签订书面补充协议。

第十三条 不可抗力
因地震、洪水、疫情等不可抗力导致本合同部分不能履行的，受影响方应及时通知对方，双方协商调整服务内容和费用，受影响方在不可抗力影响范围内免除责任。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
1. 竞争性磋商文件、乙方响应文件、成交通知书及附件一设备清单为本合同组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
"""

Z05 = """# 织序工序跟踪系统软件许可及定制开发合同

**（织序软件标准合同文本 V3.0）**

合同编号：ZX-HT-2026-0907

甲方（用户方）：杭州素织拼布工坊有限公司

乙方（开发方）：绍兴织序软件有限公司

甲方拟引入乙方的“织序”工序跟踪系统，对拼布产品从裁片、拼缝、压棉、绗缝、包边到质检、包装的全流程进行跟踪管理。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织序”工序跟踪系统标准版软件使用许可，许可范围为甲方一个生产场地、六十个工位终端和十个管理账户，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，包括：拼布订单拆单和裁片清单自动生成、布料批次与色号追溯、手工绗缝工时记录与计件工资统计、质检缺陷拍照记录、客户定制订单进度查询小程序。

1.3 乙方负责系统安装部署、基础数据初始化、工位扫码终端配置和操作培训。

1.4 系统主要功能包括：生产订单管理、工序路线配置、工位扫码报工、在制品看板、工序节点超期提醒、布料及辅料领用登记、成品入库和发货登记、日报月报统计。系统支持局域网部署，服务器由甲方提供，操作系统和数据库版本以乙方提供的部署说明为准。

1.5 定制开发的具体内容以双方签字确认的《定制需求清单》为准。需求清单确认后甲方提出新增或变更需求的，乙方有权另行报价，工期相应顺延。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾捌万贰仟元整（¥382,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织序工序跟踪系统标准版软件许可（永久） | 260,000 |
| 2 | 定制开发（五项功能） | 96,000 |
| 3 | 安装部署、初始化及培训 | 26,000 |
| | 合计 | 382,000 |

2.2 上述价格不含扫码枪、工位平板、标签打印机等硬件，硬件由甲方自行采购或另行向乙方订购。

2.3 乙方人员赴甲方现场的差旅费已包含在合同价款中，但超出本合同约定次数的现场服务，由甲方按乙方标准承担差旅费和人天费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币248,300元，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币133,700元。

3.3 甲方逾期付款的，乙方有权暂停开发和服务，工期相应顺延，并按每日千分之一收取逾期付款违约金。

3.4 乙方在每次收款前向甲方开具增值税普通发票；甲方需要专用发票的，应在签订合同时书面提出并提供开票信息。

## 第四条 交付与上线

4.1 乙方应在收到首期款后七十五日内完成定制开发和部署，并通知甲方上线。

4.2 系统上线运行，即视为甲方验收合格。甲方在上线后发现的问题，按第六条的维护约定处理。

4.3 甲方应在乙方部署前准备好服务器、网络、工位终端和基础数据，因甲方准备不足造成的延误，乙方不承担责任。

4.4 乙方为甲方提供两次现场集中培训，培训对象为生产主管、质检员和各工段班组长，合计不超过二十人；另提供操作手册和培训视频。超出部分的培训按乙方标准收费。

4.5 乙方交付内容为：安装在甲方服务器上的系统程序、授权文件、操作手册和小程序上线版本。

## 第五条 知识产权

5.1 “织序”系统标准版软件的著作权及其他知识产权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、程序代码、小程序及相关文档，知识产权归乙方所有。甲方在本合同许可范围内享有使用权，不得自行修改、反编译，不得许可第三方使用。乙方有权将定制开发成果纳入其标准产品向其他客户提供。

5.3 甲方需要源代码的，应另行与乙方协商并支付费用。

## 第六条 免费维护及维保服务

6.1 免费维护期为系统上线之日起六个月。免费维护期内，乙方对系统缺陷免费修复，并提供电话、远程技术支持。

6.2 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费按软件许可费的28%计取，即每年人民币72,800元，每年度开始前支付。

6.3 系统故障分为两级。一级故障（系统无法登录或全部工位无法扫码报工）乙方在接到报修后2小时内响应，次日内解决；二级故障在两个工作日内响应。乙方超时响应一级故障的，每次向甲方支付违约金人民币300元，可在下一期维保费中抵扣。

6.4 维保服务期间，乙方工作时间为工作日9:00至18:00，非工作时间的支持需提前预约，并按乙方标准另行收费。

6.5 维保服务内容包括：缺陷修复、小版本升级、远程技术支持和每年一次现场巡检。大版本升级、新增功能和二次开发不在维保范围内，另行收费。甲方未购买维保服务的，乙方不再提供任何技术支持，系统出现的问题由甲方自行承担。

6.6 因甲方操作不当、擅自修改系统或硬件故障造成的问题，不属于免费维护范围，乙方可按人天收费处理。

## 第七条 数据

7.1 甲方在系统中录入的订单、工序、工时和质检等数据归甲方所有。

7.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方产品的改进、行业工序模型训练和行业分析报告。

7.3 乙方对系统采取访问权限控制、传输加密和每日数据备份措施，乙方人员远程维护应经甲方同意并留存记录。因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施并依本合同第九条承担责任。

7.4 合同终止或甲方停止使用系统的，乙方可协助甲方以乙方系统的标准格式导出数据，协助导出按人天另行收费。

## 第八条 保密

8.1 双方对在合作过程中获得的对方商业秘密和技术资料承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第九条 违约责任

9.1 乙方逾期完成开发和部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失和停工损失。

9.3 系统上线后，甲方因自身业务变化要求调整工序路线或报表格式的，按变更处理，不视为乙方违约。

9.4 甲方违反第五条约定的，应向乙方支付合同总价一倍的违约金。

## 第十条 合同解除

10.1 任何一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

10.2 因甲方原因解除合同的，已付款项不予退还。

10.3 因不可抗力致使合同无法履行的，双方均可解除合同，互不承担违约责任，已发生的费用由甲方按实际工作量结算。

## 第十一条 争议解决

11.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十二条 其他

12.1 乙方可在其官网、宣传资料和案例介绍中使用甲方名称和系统应用情况，甲方书面反对的除外。

12.2 双方往来通知以书面或电子邮件形式发送至本合同载明的联系人，发出后三日视为送达。

12.3 本合同附件《定制需求清单》为合同组成部分。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. WMS-CN-2026-014
P:This Agreement is made between Qingdao Haiyue Food Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Tiffey Valley Systems Ltd, a company registered in England and Wales with its registered office at Unit 4, Gateway Business Park, Wymondham, Norfolk NR18 0WZ, United Kingdom (the "Supplier").
P:The Customer wishes to replace the paper-based maintenance planning used in its three food-processing plants with the Supplier's PlantKeeper maintenance management software, and the Supplier has agreed to license the software and to carry out the services described below.
H:Article 1 Definitions
P:1.1 "Software" means the PlantKeeper Enterprise maintenance management software in object code, including its mobile application, together with the documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, work-order templates, data-migration scripts and configuration specifically developed or prepared by the Supplier for the Customer under this Agreement, in source and object form.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's use, including equipment registers, work orders, spare-parts records, maintenance histories and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence and Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's three plants in Qingdao, Weifang and Yantai for up to 260 named users and 400 mobile devices, for the Customer's internal business purposes.
P:2.2 The Supplier shall install and configure the Software on servers provided by the Customer; migrate the Customer's existing equipment registers and maintenance records; develop interfaces with the Customer's ERP system (purchase requisitions and spare-parts stock) and with its energy metering system; prepare the reports listed in Schedule 1; and train the Customer's maintenance planners, engineers and technicians.
P:2.3 The Customer may make backup copies of the Software and may use the Software at any additional site that it owns or controls in mainland China on payment of the additional user fees set out in Schedule 2.
H:Article 3 Price
P:3.1 The total price under this Agreement is CNY 1,780,000 (one million seven hundred and eighty thousand yuan), inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,260,000; implementation and configuration services CNY 384,000; data migration CNY 90,000; training CNY 46,000.
P:3.2 The price is fixed. It includes all travel and living expenses of the Supplier's personnel, and no other charges shall be payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within fifteen business days after signature of this Agreement against the Supplier's invoice.
P:4.2 The Customer shall pay 45% of the total price after the Software has been installed at all three plants and the data migration has been completed, as recorded in an installation certificate signed by both parties. The installation certificate is not an acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within fifteen business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Supplier's invoice. The Supplier shall issue valid invoices as required by PRC tax rules.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation and data migration within ninety days and submit the Software for acceptance testing within one hundred and forty days after signature.
P:5.2 The acceptance tests shall show that: (a) every function listed in Schedule 1 works as described; (b) the migrated equipment registers and maintenance histories reconcile record by record with the source files approved by the Customer; (c) both interfaces exchange data without error for ten consecutive working days; (d) work orders can be opened and closed on the mobile application in the plants' production areas, including areas without network coverage with later synchronisation; and (e) the Software runs in live use at all three plants for thirty days without a Severity 1 incident.
P:5.3 If a test fails, the Supplier shall correct the defect at its own cost within ten business days and repeat the test. Installation, live use of the Software or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Schedule 1 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply all updates and new releases, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the Software is unavailable at a plant or work orders cannot be created or closed. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other incident or question. The Supplier shall respond to a Severity 1 incident within one hour, with a workaround within eight hours; to a Severity 2 incident within three business hours; and to a Severity 3 incident within two business days. Support is provided in Chinese through the Supplier's partner engineers in Qingdao.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or workaround time, it shall credit the Customer CNY 1,200 against the next amount payable, or pay that amount if none is payable.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 11% of the Software licence fee, that is CNY 138,600 per year. This fee shall not increase for the first three years after the Warranty Period. Each year of support is ordered separately by the Customer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the work for which it was needed is complete.
P:8.2 The Supplier shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, with each remote session approved by the Customer. The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside mainland China.
P:8.3 The Supplier shall notify the Customer of any actual or suspected security incident affecting Customer Data within twelve hours of becoming aware of it, shall take all reasonable steps to contain it, and shall be liable for the losses caused by any incident attributable to the Supplier or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's plant layouts, production volumes and recipes, and shall not disclose it without the other party's prior written consent, except to its advisers and personnel who need to know it. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to submit the Software for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price, except for liability for death or personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, and the indemnity in Article 7.3, which are not limited. Neither party is liable for indirect or consequential loss.
H:Article 11 Subcontracting
P:11.1 The Supplier may subcontract part of the services, including local support by its partner in Qingdao, only with the Customer's prior written consent, and remains responsible for the acts and omissions of its subcontractors.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within thirty days after receiving notice of it, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance the Supplier shall refund the amounts paid for the parts of the scope not accepted, and shall return or destroy Customer Data as the Customer directs.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 Schedule 1 (Functional Scope and Reports) and Schedule 2 (Additional User Fees) form part of this Agreement. This Agreement is made in English and Chinese; both versions are equally authentic.
P:14.2 Signed by the authorised representatives of the parties on the dates below.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

E02 = """# ORDER FORM — FIELDWISE SERVICE SCHEDULING SUBSCRIPTION

Order Form No. FW-OF-2026-0331

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Fieldwise Software Limited, a company registered in England and Wales, 12 Norwich Street, Dereham, Norfolk NR19 1BX, United Kingdom.

**Customer:** Hangzhou Jinglian Elevator Services Co., Ltd., a company incorporated in the People's Republic of China, registered office in Binjiang District, Hangzhou.

### A2. Subscription and Term

The Provider will provide the Fieldwise field-service scheduling platform as a hosted service (the "Service") for the Customer's elevator installation and maintenance business: job scheduling and dispatch, technician mobile app, maintenance contract management, parts usage, customer portal and analytics dashboards. The Subscription Term is twenty-four (24) months from the Go-Live Date. The subscription covers 180 named technician and office users. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form; it does not renew automatically.

### A3. Fees

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| Subscription, named users | per user per year | 180 users x 2 years | 2,200 | 792,000 |
| Onboarding and configuration | one-time | 1 | 96,000 | 96,000 |
| Integration package (ERP and elevator IoT gateway) | one-time | 1 | 48,000 | 48,000 |
| Premium support | included | | | 0 |
| **Total fees for the Subscription Term** | | | | **936,000** |

All amounts are in Chinese yuan and include VAT. Additional users may be added at the same unit price, pro rata to the end of the Subscription Term.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in advance in eight equal instalments of CNY 99,000, the first on the Go-Live Date. The onboarding and integration fees (CNY 144,000 together) are invoiced on Go-Live Acceptance. Invoices are payable within thirty days. No other amount is payable before Go-Live Acceptance.

### A5. Onboarding, Go-Live and Acceptance

The Provider will complete onboarding, configuration and the two integrations within sixty days after signature. The Customer will test the configured Service against the acceptance criteria in Part B, Section 3. The "Go-Live Date" is the date on which the Customer signs the Go-Live Acceptance certificate.

### A6. Special Conditions

1. Customer Data is hosted in the Provider's cloud region in Shanghai, operated by its hosting partner listed in Part B, Section 9.
2. The Customer's primary contact is the IT Director; the Provider's is its Customer Success Manager for China.

Signed for the Provider: ____________________    Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means data submitted to the Service by or for the Customer, including customer sites, elevator registers, job records, technician locations and the personal data of the Customer's staff and end customers.

1.2 "Usage Data" means data about the use and performance of the Service, such as feature usage, job volumes, travel times and scheduling outcomes, derived from the Customer's use of the Service.

1.3 "Customer Configurations" means the workflows, forms, job templates, reports and integration mappings prepared by the Provider specifically for the Customer.

### 2. The Service

2.1 The Provider will make the Service available to the Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Provider may improve the Service from time to time, provided that it does not materially reduce the functions the Customer has subscribed to.

### 3. Onboarding and Acceptance

3.1 Go-Live Acceptance requires that: (a) every workflow in the onboarding specification has been configured and demonstrated; (b) maintenance contracts, elevator registers and open jobs imported from the Customer's files reconcile record by record with the source; (c) the ERP and IoT gateway integrations run for ten consecutive business days without an unresolved error; and (d) two pilot branches have used the Service for a parallel run of fourteen days without a Priority 1 incident.

3.2 The Customer will complete testing within ten business days after the Provider's notice of readiness. Defects shall be corrected by the Provider and the relevant tests repeated. Use of the Service during the parallel run is not acceptance.

3.3 If the Provider does not achieve Go-Live Acceptance within the period in A5 for reasons attributable to it, it shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 60,000.

### 4. Service Levels

4.1 The Service will be available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable or dispatch cannot be performed) will be responded to within one hour and resolved or worked around within six hours, at any time. Priority 2 incidents will be responded to within three hours during business hours; Priority 3 within one business day.

4.3 If monthly availability falls below the commitment, the Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of the shortfall, up to half of that monthly amount. Each hour by which a Priority 1 response is late earns a credit of CNY 500. Credits are deducted from the next invoice.

### 5. Customer Data and Usage Data

5.1 As between the parties, the Customer owns Customer Data. The Provider will process Customer Data to provide the Service and support under this Agreement.

5.2 The Provider may collect Usage Data and may use Usage Data and Customer Data in aggregated and de-identified form, during and after the Subscription Term, to operate and improve its products, to train its scheduling models and to publish industry benchmarks, provided that the Customer is not identified.

### 6. Data Security

6.1 The Provider will keep Customer Data in the Shanghai region and will not transfer it outside mainland China. The Service is certified to ISO/IEC 27001 and holds an MLPS level 3 record.

6.2 The Provider will encrypt Customer Data in transit and at rest, restrict access to personnel who need it with multi-factor authentication, log all administrative access, and back up Customer Data daily with a recovery point of no more than twenty-four hours.

6.3 The Provider will notify the Customer of any security breach affecting Customer Data within twelve hours after becoming aware of it, will contain and remedy it, and will be responsible for the damage caused by a breach attributable to the Provider or its subcontractors.

### 7. Confidentiality

7.1 Each party will protect the other's confidential information with at least reasonable care, use it only for this Agreement, and not disclose it except to personnel and advisers who need to know it. These obligations continue for three years after the Agreement ends.

### 8. Intellectual Property

8.1 The Provider retains all rights in the Service and its underlying software.

8.2 Customer Configurations belong to the Customer, which may use, copy, modify and have them used by third parties without restriction. On request the Provider will export them in a documented format.

### 9. Subcontracting

9.1 The Provider uses Shanghai Yunqi Data Services Co., Ltd. as its hosting partner, which the Customer approves by signing this Agreement. Any other subcontractor or sub-processor requires the Customer's prior written consent.

### 10. Liability

10.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

10.2 The limit does not apply to death or personal injury caused by negligence, fraud, or the Customer's obligation to pay fees. Neither party is liable for lost profits or indirect loss.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other commits a material breach and does not remedy it within thirty days after written notice.

11.2 The Customer may also terminate if availability falls below the commitment in Section 4.1 in any three months within a rolling six-month period.

11.3 On termination or expiry the Provider will, for sixty days, allow the Customer to export all Customer Data in CSV and JSON format, and will then delete it and confirm deletion in writing.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding on both parties.

### 13. General

13.1 Neither party may assign the Agreement without the other's written consent. Notices must be in writing and sent to the contacts in A6.

13.2 This Agreement is the entire agreement between the parties on its subject and replaces all earlier proposals.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR A CONDITION MONITORING SYSTEM
P:Contract No. DHP-EQ-2026-0552
P:Buyer: Dongguan Huaxin Paper Co., Ltd., Machang Industrial Zone, Dongguan, Guangdong Province, People's Republic of China.
P:Supplier: Wensum Sensing Ltd, a company registered in England and Wales, Hempton Road Industrial Estate, Fakenham, Norfolk NR21 7LA, United Kingdom.
P:This Contract is prepared on the Buyer's standard terms for equipment purchases. The Buyer operates two paper machines and a pulp line and wishes to monitor the condition of its rotating equipment. The Supplier has offered wireless vibration and temperature sensors, gateways and its monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's WensumWatch monitoring software, licensed under clause 2, including its analytics engine, dashboards and alarm functions.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Deliverables" means the asset models, alarm thresholds, dashboards, interface programs and reports prepared by the Supplier for the Buyer under this Contract.
P:1.5 "Buyer Data" means all measurement data, asset data and other data generated by the System or provided by the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, grant a perpetual licence to the Software for up to 500 monitored assets on the Buyer's servers, install the sensors on 420 measurement points, commission the System, configure asset models and alarm logic for each machine, connect the System to the Buyer's distributed control system and computerised maintenance system, and train the Buyer's staff.
P:2.2 All Equipment shall be new, of the models stated in the technical specification in Annex 1, and suitable for the humidity and temperature of a paper mill. Sensors shall be certified for use in the pulp line's explosion-hazard zone where the specification requires it.
P:2.3 The Buyer shall provide two virtual servers, network connections at each gateway location, access to the mill during working hours and a coordinator from its maintenance department. Any delay caused by the Buyer extends the Supplier's dates by the same period.
P:2.4 The Supplier's personnel shall comply with the Buyer's site safety rules, including permit-to-work, lock-out and hot-work procedures, and shall wear the protective equipment the Buyer requires.
H:3. Price
P:3.1 The Contract Price is CNY 2,290,000, inclusive of VAT, delivery to the Buyer's mill, insurance and all the Supplier's costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|420|2,650|1,113,000
TB:2|Industrial wireless gateway|36|8,400|302,400
TB:3|WensumWatch software licence, perpetual, 500 assets|1|486,000|486,000
TB:|Equipment and Licence Subtotal|||1,901,400
TB:4|Installation and commissioning|1 lot|226,000|226,000
TB:5|Asset models, alarm logic and interfaces|1 lot|138,000|138,000
TB:6|Training|1 lot|24,600|24,600
TB:|Contract Price|||2,290,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or any other reason.
H:4. Payment
P:4.1 10% of the Contract Price within twenty business days after signature, against an advance-payment bank guarantee issued by a bank in mainland China for the same amount.
P:4.2 55% of the Contract Price after all Equipment has been delivered and installed, as recorded in an installation certificate signed by both parties. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price within twenty business days after Final Acceptance under clause 6.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment within seventy days and complete installation and commissioning within one hundred and ten days after signature. Installation work on a running machine shall be done during planned shutdowns notified by the Buyer.
P:5.2 If the Supplier is late in delivery or in presenting the System for acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.3 The Equipment shall be packed to protect it against moisture and shock during transport and shall be delivered with packing lists, certificates of origin and conformity, and the manufacturer's installation instructions in Chinese or English. Risk in the Equipment passes to the Buyer on signature of the installation certificate.
H:6. Acceptance
P:6.1 Acceptance tests shall demonstrate that: (a) every sensor reports data to the Software at the configured interval with a packet loss below one per cent over seven days; (b) vibration readings on twenty reference points agree with the Buyer's portable analyser within the tolerance in Annex 1; (c) alarms are generated and passed to the control system and maintenance system within ten seconds of a simulated fault; and (d) the System runs for thirty days without a Severity 1 incident.
P:6.2 When all tests are passed the Buyer shall sign a Final Acceptance certificate. Delivery, installation, use of the System in production or payment of any instalment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for thirty-six months after Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including battery replacement for sensors whose battery fails early, and provide Software updates and technical support free of charge.
P:7.2 Incidents are classified in three severities. Severity 1 means that the Software is down or more than one tenth of the sensors on a machine stop reporting. The Supplier shall respond to a Severity 1 incident within one hour and restore the service within twelve hours; Severity 2 within three hours and restore within two business days; Severity 3 within one business day.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time it shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Supplier shall, at the Buyer's option, provide annual support at a fee of 7% of the Equipment and Licence Subtotal, that is CNY 133,098 per year. This fee is fixed for the first three support years. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace any failed unit within three business days, and shall continue to supply spare parts and Software updates for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer's licence is perpetual, irrevocable and transferable to an affiliate that takes over the mill.
P:8.2 The Deliverables belong to the Buyer. The Supplier shall deliver them in editable form, with the source code of the interface programs, and the Buyer may use, modify and license them freely.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it for any other purpose, including product development.
P:9.2 The Software and Buyer Data remain on the Buyer's servers. The Supplier's remote access for support shall be approved by the Buyer for each session, made through the Buyer's bastion host and recorded. The Supplier shall comply with PRC data protection and cybersecurity laws.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data within six hours, take immediate measures to contain it, and compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's production data, process parameters, plant drawings and other non-public information and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct and breach of clauses 9 and 10, which is unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if liquidated damages under clause 5.2 reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for Equipment or services not accepted and shall remove any Equipment that the Buyer rejects at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:15. General
P:15.1 Annex 1 (Technical Specification and Measurement Points) and Annex 2 (Acceptance Test Plan) form part of this Contract. The English and Chinese versions have equal force; in case of inconsistency the Chinese version prevails.
P:15.2 Notices shall be in writing and delivered by hand, courier or email to the project managers named in Annex 1. Neither party may assign this Contract without the other's written consent.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

**Agreement No. BCS-MS-2026-078**

**Between:** Suzhou Ruitong Precision Electronics Co., Ltd., No. 88 Xinghu Street, Suzhou Industrial Park, Jiangsu Province, People's Republic of China (the "Customer"); and

**Bure Valley Computing Services Ltd**, a company registered in England and Wales, 3 Burgh Road, Aylsham, Norfolk NR11 6AR, United Kingdom (the "Provider").

**Background.** The Customer runs two factories and an office building in Suzhou with about 1,450 employees who use computers. It wishes to outsource its service desk, desktop support and device management to the Provider, which provides these services through its team in China. The parties agree as follows.

## Section 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.5 "Customer Data" means all data of the Customer or its employees that the Provider receives, accesses or processes in providing the Services, including device inventories, tickets, user accounts and files on end-user devices.

## Section 2 — Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time; there is no automatic renewal.

## Section 3 — Services

3.1 The Provider shall provide the Services described in Schedule 1 to the Customer's sites in Suzhou in accordance with the Service Levels, good industry practice and the Customer's reasonable IT policies notified to the Provider.

3.2 The Provider shall assign a service delivery manager who speaks Chinese and English, and shall keep at least six field engineers on the Customer's sites during the Customer's working hours.

3.3 The Provider shall report monthly on its performance against each Service Level, the ticket volumes and trends, the status of device refresh and patching, and proposed improvements. The parties shall hold a monthly service review and a quarterly business review.

3.4 The Provider shall not replace the service delivery manager or the on-site team leader without giving the Customer fourteen days' notice and arranging a handover. The Customer may ask the Provider to replace any of its personnel who, in the Customer's reasonable opinion, are unsuitable, and the Provider shall do so within ten working days.

3.5 The Customer shall provide the Provider's on-site staff with desks, network access, a storage room for spare devices and the accounts they need to perform the Services.

## Section 4 — Transition and Acceptance

4.1 The Provider shall complete transition within seventy-five days after signature. Transition includes knowledge transfer from the Customer's current team, setting up the service desk tools and telephone line, onboarding all devices into the device management platform, and documenting procedures.

4.2 Transition Acceptance requires that: (a) at least 1,400 devices are enrolled and reporting in the device management platform, and every device on the Customer's asset list is accounted for; (b) the service desk has handled live calls and tickets for ten working days in a shadow run with the Customer's team, meeting the Service Levels in Schedule 2; (c) all standard operating procedures listed in Schedule 1 have been delivered and approved by the Customer; and (d) the knowledge base contains the agreed articles in Chinese and English.

4.3 The Customer shall carry out its review within seven working days after the Provider's notice of readiness. If any criterion is not met, the Provider shall correct it and give notice again. The start of live service does not by itself mean that transition has been accepted.

4.4 If Transition Acceptance is not achieved by the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.

## Section 5 — Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Service Term are CNY 2,214,000, inclusive of VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date. The Customer shall pay each correct invoice within thirty days of receipt.

5.3 Service Credits earned in a month are deducted from the invoice for the following month.

5.4 The monthly service charge covers up to 1,550 supported devices. Devices above that number are charged at the per-device rate in Schedule 3.

## Section 6 — Customer Data

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term the Provider shall return all Customer Data held in its tools to the Customer in a usable format.

## Section 7 — Confidentiality

7.1 Each party shall keep confidential the other party's information which is marked as confidential or which ought reasonably to be treated as confidential, including the Customer's product designs, customer lists and production information, and shall use it only for the purposes of this Agreement.

7.2 Neither party shall disclose the other's confidential information to any third party without prior written consent, except to employees and advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after expiry or termination.

## Section 8 — Intellectual Property

8.1 Each party keeps its pre-existing intellectual property. The Provider's service desk tools and device management platform remain the Provider's or its licensors'.

8.2 Scripts, device images, policies, procedures and knowledge articles created by the Provider for the Customer belong to the Customer, which may use, modify and pass them to a successor provider freely.

## Section 9 — Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

## Section 10 — Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges in Section 5.1, except for personal injury caused by negligence, fraud and wilful misconduct, which are not limited.

10.2 Neither party is liable for indirect or consequential loss or loss of profits.

## Section 11 — Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within thirty days after written notice, or if a Critical Service Level in Schedule 2 is missed in three consecutive months.

11.2 On expiry or termination the Provider shall cooperate with the Customer and any successor provider for up to ninety days to transfer the Services in an orderly way, including handing over documentation, open tickets and administrator credentials.

## Section 12 — Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English; ticket logging, triage and first-line resolution | 07:00–23:00, seven days |
| On-site support | Second-line support, hardware fault handling, moves and changes at the two factories and the office | Customer working hours |
| Device management | Enrolment, configuration, software distribution and patching of laptops, desktops and tablets through the device management platform | Continuous |
| Device lifecycle | Imaging, deployment, recovery and disposal logistics for replaced devices | By request |
| Procedures and knowledge | Standard operating procedures and a bilingual knowledge base, kept up to date | Continuous |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Device management platform availability (monthly) | 99.5% | 2% of the monthly service charge for each 0.1 point below |
| Priority 1 incident (a production line, a whole site or more than fifty users affected): response | 30 minutes | CNY 800 per hour late |
| Priority 1 incident: restoration | 6 hours | CNY 1,200 per hour late |
| Priority 2 incident: response | 2 hours | CNY 300 per hour late |
| Service desk average speed of answer (monthly) | 45 seconds | 1% of the monthly service charge |
| Critical Service Levels | Priority 1 response and restoration | As above |

Service Credits in a month are capped at a quarter of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 126,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Additional devices | Per device per month above 1,550 | 36 |
| **Total Charges for the Service Term** | | **2,214,000** |

Signed for the Customer: ____________________    Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGROCAST CROP WEATHER AND YIELD DATA API

Agreement reference: AGC-SUB-2026-219

THIS AGREEMENT is made between:

(1) Agrocast Analytics Ltd, a company registered in England and Wales whose registered office is at 21 Market Place, North Walsham, Norfolk NR28 9BP, United Kingdom (the "Provider"); and

(2) Dalian Beigang Grain Trading Co., Ltd., a company incorporated in the People's Republic of China whose registered office is in Zhongshan District, Dalian, Liaoning Province (the "Customer").

BACKGROUND

The Provider publishes gridded weather observations, seasonal weather forecasts and crop-yield forecasts for maize, soybean and wheat growing regions, delivered through an application programming interface (the "API"). The Customer buys, stores and trades grain and wishes to use the data in its procurement planning, logistics scheduling and price-risk models. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by the Provider from time to time, and any extracts of them received by the Customer through the API or by file delivery.

1.2 "Start Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Start Date and the second on its first anniversary. The "Subscription Term" is the two Subscription Years together.

1.4 "Customer Data" means the field coordinates, warehouse locations, portfolio definitions, query parameters and any other information that the Customer uploads or submits to the API, together with the results generated for the Customer from them.

1.5 "Custom Feeds" means the region definitions, aggregation rules, field mappings and delivery scripts prepared by the Provider specifically for the Customer under clause 3.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use the Data within the Customer's group in mainland China for its internal business purposes, for up to 40 named API users and 3 production applications.

2.2 The Customer may store the Data in its own systems, combine it with its own data and use derived results in its internal reports and models. The Customer shall not resell the Data or make it available to third parties as a data product. Summaries and charts based on the Data may be shared with the Customer's banks, insurers and auditors.

2.3 The Provider shall give the Customer at least sixty days' written notice before withdrawing any dataset listed in Schedule A, and shall offer an equivalent replacement dataset at no extra charge.

3. ONBOARDING AND CUSTOM FEEDS

3.1 Within forty-five days after signature, the Provider shall: (a) set up the Customer's API accounts and keys; (b) define the Customer's sourcing regions in Heilongjiang, Jilin, Inner Mongolia, Brazil and the United States as custom regions; (c) build a daily file feed of weather and yield indicators for those regions in the format specified by the Customer; and (d) train the Customer's analysts and developers.

3.2 The Customer shall provide its region boundaries, warehouse locations, file format requirements and a test environment, and shall appoint a technical contact.

4. INTEGRATION ACCEPTANCE

4.1 The Customer shall test the API and the Custom Feeds against the following criteria: (a) every dataset in Schedule A can be retrieved for each custom region with the fields and units set out in the data dictionary; (b) the daily file feed is delivered by 07:00 China Standard Time on ten consecutive business days; (c) sample values for twenty locations reconcile with the Provider's published reference values; and (d) the Customer's two production applications retrieve data through the API without errors during a test period of ten business days.

4.2 When all criteria are met, the Customer shall sign an Integration Acceptance certificate. If a criterion is not met, the Provider shall correct the problem and the test concerned shall be repeated. The use of the API during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are set out below and include VAT:

   Subscription fee, Subscription Year 1 .............. CNY 468,000
   Subscription fee, Subscription Year 2 .............. CNY 468,000
   Onboarding and Custom Feeds (one-time) ............. CNY 54,000
   Total fees for the Subscription Term ............... CNY 990,000

5.2 The onboarding fee and the subscription fee for Subscription Year 1 are invoiced on the Start Date. The subscription fee for Subscription Year 2 is invoiced at the start of Subscription Year 2. Invoices are payable within thirty days of receipt. Nothing is payable before the Start Date.

5.3 Additional named users may be added at CNY 6,500 per user per Subscription Year, pro rata. Usage above the query allowance in Schedule A is charged at the rates in Schedule A.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API available and to deliver the daily file feed on time, but does not guarantee that the API will be uninterrupted or error-free. Planned maintenance will normally take place at weekends.

6.2 The Provider will provide support by email and through its support portal during UK business hours, and will respond to support requests as soon as reasonably practicable.

6.3 Data is provided on the basis of the Provider's observation networks and models. Forecasts are estimates and the Provider does not warrant any particular outcome from their use.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the Custom Feeds to the Customer and for no other purpose, and shall not share it with any third party.

7.2 Customer Data is processed in the Provider's servers in the Alibaba Cloud Beijing region and is not transferred outside mainland China. The Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs, and comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take prompt steps to contain and remedy it, and shall be liable for the Customer's losses resulting from a breach caused by the Provider.

7.4 At the end of the Subscription Term the Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Data, the API and the Provider's models remain the property of the Provider and its licensors.

8.2 The Custom Feeds belong to the Customer. The Provider shall deliver their definitions and scripts in editable form at the Start Date, and the Customer may use, modify and have them used by third parties freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's sourcing regions, positions and trading strategies, and shall not disclose it to any third party without prior written consent, except to employees and advisers who need to know it. This obligation survives for three years after the Agreement ends.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1, except for liability for fraud, wilful misconduct and breach of clauses 7 and 9, which is not limited.

10.2 Neither party is liable for loss of profits, trading losses or indirect loss.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the performance of this Agreement, other than to its cloud hosting provider named in clause 7.2, without the Customer's prior written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new agreement.

12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remainder of the Subscription Term.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 Schedule A (Datasets, Query Allowance and Overage Rates) forms part of this Agreement. Neither party may assign this Agreement without the other's written consent. This Agreement is signed in English and Chinese, both versions being equally authentic.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________

SCHEDULE A
DATASETS AND QUERY ALLOWANCE

A.1 Datasets: daily gridded weather observations (temperature, precipitation, soil moisture); fifteen-day and seasonal weather forecasts; weekly crop condition indices; monthly yield forecasts by province and state for maize, soybean and wheat.

A.2 Query allowance: 2,000,000 API calls per Subscription Year. Calls above the allowance are charged at CNY 0.02 per call.
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels and checks

FILES = {
    "z01": ("h1130z01_market_regulation_ip_service_platform.pdf", "pdf", Z01),
    "z02": ("h1130z02_crimping_tool_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1130z03_danish_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1130z04_coach_station_security_screening_om.txt", "txt", Z04),
    "z05": ("h1130z05_patchwork_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1130e01_maintenance_software_perpetual_licence_uk_law.pdf", "pdf", E01),
    "e02": ("h1130e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h1130e03_paper_mill_condition_monitoring_sensors.docx", "docx", E03),
    "e04": ("h1130e04_managed_end_user_it_services_36_months.md", "md", E04),
    "e05": ("h1130e05_crop_weather_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "z02": [99.5, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8.5, False, True, True, "PRC", G],
    "z03": [99.95, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, True, True, False,
            "PRC", S],
    "z04": [None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False,
            "PRC", S],
    "z05": [None, 2, True, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 28, False, True, None, "PRC",
            G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
            "England and Wales", G],
    "e02": [99.95, 1, True, "buyer", True, False, True, 600 / 936000 * 100, 6 / 24 * 100, None, True, None, None, None,
            False, True, False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
    "e04": [99.5, 0.5, True, "buyer", False, True, True, 1500 / 2214000 * 100, 150, None, True, None, None, None, False,
            True, False, "PRC", S],
    "e05": [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
            "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2336000),
    "z02": (True, True, True, False, 1250000),
    "z03": (True, True, None, False, 730000),
    "z04": (True, True, None, False, 468000),
    "z05": (True, True, True, True, 382000),
    "e01": (True, True, True, False, 1780000),
    "e02": (True, True, None, False, 936000),
    "e03": (True, True, True, False, 2290000),
    "e04": (True, True, None, False, 2214000),
    "e05": (False, False, None, False, 990000),
}
# price components as stated (must sum to the contract value), and the TCO fee base (itemised licence/hardware)
PRICES = {
    "z01": [1180000, 846000, 214000, 96000],
    "z02": [408000, 228000, 46800, 49600, 196000, 186000, 124000, 11600],
    "z03": [336000, 336000, 58000],
    "z04": [117000] * 4,
    "z05": [260000, 96000, 26000],
    "e01": [1260000, 384000, 90000, 46000],
    "e02": [792000, 96000, 48000],
    "e03": [1113000, 302400, 486000, 226000, 138000, 24600],
    "e04": [126000, 36 * 58000],
    "e05": [468000, 468000, 54000],
}
FEE_BASE = {"z01": 1180000, "z02": 928400, "z05": 260000, "e01": 1260000, "e03": 1901400}
DESIGN = {
    "z01": [],
    "z02": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z04": ["CR-SLA-RESPONSE", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3 table and §4 horizon)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t):
    """Post-warranty fee share of TCO over the 5-year horizon from acceptance (policy §4)."""
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    total = EXTRA[key][4] + post_years * fee
    return 100 * post_years * fee / total


def derive_rules(key, t, x):
    """My reading of policy §3 applied to the label values."""
    r = set()
    goods = t["contract_kind"] == G
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            if tco_share(key, t) > TCO_SHARE_TH:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, _, _ = FILES[key]
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive_rules(key, t, x)
    return {"file": name, "language": "zh" if key[0] == "z" else "en", "category": CATEGORY[key],
            "expected_terms": t, "expected_extra": x, "expected_rules": rules}


# ---- threshold scan: patterns for every policy threshold figure, self-tested below
_NB = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)\s*%?", r"九十九点九(?![零一二三四五六七八九])",
    _NB + r"4\)?\s*-?\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"(?<!ty-)(?<!ty )\bfour[\s-]+(?:\(4\)\s*)?hours?\b",
    _NB + r"0\.050*(?!\d)\s*%", r"万分之五(?!十)", r"千分之零点五", r"\b0\.5\s*‰",
    _NB + r"100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:百|一百)(?![零一二三四五六七八九十])",
    r"\bone[\s-]+hundred[\s-]+per\s*cent",
    _NB + r"30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"\bthirty[\s-]+per\s*cent",
    _NB + r"15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五(?!点)", r"\bfifteen[\s-]+per\s*cent",
    _NB + r"40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"\bforty[\s-]+per\s*cent",
    _NB + r"(?<!年)12\)?\s*-?\s*(?:个)?\s*(?:自然)?\s*(?:月|months?\b)", r"(?<![二三四五六七八九])十二\s*个\s*(?:自然)?\s*月",
    r"\btwelve[\s-]+(?:\(12\)\s*)?(?:calendar\s*)?months?\b", r"(?<![第\d十每])一\s*年(?!度|级)",
    r"(?<!ty-)(?<!ty )\bone[\s-]+years?\b", _NB + r"1\s*-?\s*years?\b",
    _NB + r"5\)?\s*-?\s*(?:个)?\s*(?:年(?!度)|years?\b)", r"(?<![十\d])五\s*年(?!度)", r"(?<!ty-)(?<!ty )\bfive[\s-]+(?:\(5\)\s*)?years?\b",
    _NB + r"60\s*(?:个)?\s*(?:月|months?\b)", r"六十\s*个\s*月", r"\bsixty[\s-]+months?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "4 hours", "four (4) hours", "4-hour", "四小时", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "thirty per cent",
            "15%", "百分之十五", "40%", "百分之四十", "forty per cent", "12个月", "12 months", "12-month",
            "十二个月", "twelve (12) months", "twelve calendar months", "质保期一年", "one year", "1 year", "5年",
            "五年", "5 years", "five-year", "60个月", "60 months", "sixty months", "十二个自然月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "万分之八", "万分之三",
             "10%", "130%", "2,100%", "35%", "65%", "150%", "45%", "2,400", "14%", "115%", "112个月", "第一年度",
             "2026年", "2025年", "每一年", "服务年度", "1.5 hours", "5%", "0.1%", "25", "3.4 hours", "twenty-four hours",
             "forty-five days", "twenty four hours", "2027年12月31日", "twenty-five years", "fifteen business days", "eighteen months", "thirty-six months", "36个月"]


def scan(text):
    forms = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}
    return [(f, m.group(0)) for f, s in forms.items() for m in THRESHOLD_RE.finditer(s)]


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


def length(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must-hit missed", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must-miss hit", s, THRESHOLD_RE.search(s).group(0))
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, kind, src) in FILES.items():
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(PRICES[k]) == x["contract_value"], (k, sum(PRICES[k]))
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        for kk, th in TH.items():
            assert t[kk] is None or abs(t[kk] - th) > 1e-9, (k, kk, t[kk])
        if t["contract_kind"] == G:
            sh = tco_share(k, t)
            assert abs(sh - TCO_SHARE_TH) > 2, (k, sh)
            print("  TCO share %s: %.2f %%" % (k, sh))
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        n = length(text, k[0] == "z")
        lo, hi = (2750, 3000) if k[0] == "z" else (1450, 1650)
        hits = scan(text)
        print("%s %-62s len %5d %-6s rules %s" % (k, name, n, risk(lab["expected_rules"]), lab["expected_rules"]))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold text", hits[:6]))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert len(DESIGN["z05"]) in range(8, 11)
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert not problems, problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
