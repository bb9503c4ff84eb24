"""holdout1119: builds the ten held-out drafts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes the
.json labels, and asserts sums, lengths, threshold avoidance, derived rules against the design list, and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:住房公积金综合服务平台软件许可及定制开发合同
P:合同编号：GJJ-ZC-2027-018（政府采购）
P:甲方（采购人）：临川市住房公积金管理中心
P:乙方（供应商）：江西华衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及采购项目（项目编号LCZC2027-G041）公开招标结果，双方在平等自愿的基础上，按甲方提供的合同文本订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供住房公积金综合服务平台软件许可（含归集、提取、贷款、核算、稽核五个子系统），并按甲方需求完成定制开发、数据迁移及实施培训。
P:1.2 定制开发内容包括：与不动产登记、人社、银行结算系统的接口，线上提取审批流程改造，贷款风险预警模型，以及共计六十张业务统计报表。
P:1.3 乙方应保证所供软件为正版，定制内容符合甲方需求规格说明书及招标文件要求。
P:1.4 平台部署于甲方机房的政务云环境，乙方应配合甲方完成国产操作系统、数据库及中间件的适配，适配工作已包含在合同总价内，甲方不另行支付费用。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），为含税固定总价。
P:2.2 分项价格：平台软件许可费¥1,080,000；定制开发费¥736,000；数据迁移及实施费¥124,000；培训费¥20,000。
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。付款按财政国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百五十日内完成全部定制开发并部署上线，具体节点以双方确认的实施计划为准。
P:4.2 乙方应派驻项目经理一名及不少于六名实施人员驻场，未经甲方同意不得更换项目经理。
P:4.3 乙方应在甲方指定的测试环境完成开发测试，不得使用真实业务数据进行测试；确需使用的，须经甲方批准并在甲方环境内脱敏后使用。
H:第五条 验收
P:5.1 初步验收：系统上线试运行满六十日，且无一级故障，乙方提交试运行报告，经甲方组织测试确认。
P:5.2 最终验收标准：（1）功能逐项符合需求规格说明书；（2）迁移数据与原系统逐户、逐笔核对一致；（3）并发用户八百人时页面平均响应时间不超过2秒；（4）通过第三方等级保护测评及商用密码应用安全性评估；（5）文档、源代码及培训资料交付齐全。
P:5.3 系统上线、甲方使用或已付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥97,200），该标准在质保期满后三年内不变。
H:第七条 服务水平
P:7.1 系统月可用率不低于99.95%（计划内维护时间除外）。
P:7.2 一级故障（系统整体中断或核心业务无法办理）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:7.3 一级故障响应每超时1小时，乙方向甲方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，扣减当期维护费¥2,000或由乙方支付等额违约金。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方，甲方享有永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、流程、模型、报表及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 公积金缴存、贷款及个人信息等全部业务数据归甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及甲方安全管理制度，通过堡垒机访问生产环境，不得将数据复制出甲方机房。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成损失的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、业务信息和技术资料负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 乙方交付内容不符合合同约定的，应免费更换或整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或严重违约经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 维护服务由双方另行签订合同，不自动续期。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理
P:15.1 乙方应在合同签订后十日内提交项目实施方案，内容包括项目组织架构、进度计划、质量保证措施、风险应对及沟通机制，经甲方确认后执行。
P:15.2 双方每周召开一次项目例会，乙方每周提交项目周报，如实反映进度、问题及下一步计划。重大问题应在发现后一个工作日内书面报告甲方。
P:15.3 需求变更须经双方书面确认。变更不增加工作量的，不调整合同价款；增加工作量的，由双方参照本合同分项价格另行协商并签订补充协议。
H:第十六条 培训与知识转移
P:16.1 乙方应为甲方系统管理员、业务骨干及各管理部柜员分别提供培训，培训不少于一百二十人次，培训教材由乙方编制并交付甲方。
P:16.2 培训结束后乙方应组织考核，考核不合格的人员由乙方免费再次培训。
P:16.3 最终验收前，乙方应向甲方技术人员完成系统部署、运行维护、接口配置及报表开发的知识转移，使甲方能够独立开展日常运维。
H:第十七条 不可抗力
P:17.1 因不可抗力致使一方不能履行合同的，该方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明。双方可根据不可抗力的影响协商延期履行、部分履行或解除合同，受影响一方在不可抗力影响范围内免责。
H:第十八条 廉洁与通知
P:18.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。违反本条的，甲方有权解除合同，并依法追究乙方责任。
P:18.2 本合同项下的通知应以书面形式送达双方在本合同首页载明的地址，任何一方变更地址应提前五日书面通知对方。
H:第十九条 其他
P:19.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:19.2 本合同一式六份，甲方四份，乙方两份，经双方签字盖章并报同级财政部门备案后生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2027年3月　日
"""

SRC["z02"] = """T:生产线控制系统改造合同
P:合同编号：SPQ-JG-2027-006
P:甲方：台州绿野电动喷雾器制造有限公司
P:乙方：宁波智控自动化工程有限公司
P:甲方拟对其电动喷雾器装配车间三条生产线及注塑车间一条生产线的控制系统进行改造，经比选确定由乙方承接。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、设备供货、软件开发、安装调试及培训，包括更换PLC控制柜、伺服驱动、触摸屏、泵体气密检测工位、电池包自动锁附工位，并部署产线数据采集软件，与甲方现有MES系统对接。
P:1.2 改造须在甲方生产淡季分线实施，每条线停线时间不超过十日。
P:1.3 改造后的控制系统应满足下列技术要求：PLC及触摸屏采用国内主流品牌并预留不少于两成的I/O余量；各工位具备配方管理和参数权限分级功能；气密检测数据、锁附扭矩数据按产品序列号自动记录并上传MES；控制柜防护等级不低于IP54。
P:1.4 乙方应在设计阶段现场核实甲方现有设备、管线及MES接口情况，因乙方核实不清导致的额外工作由乙方自行承担。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万元整（¥2,100,000），含设备、软件、运输、安装、调试、培训及税费。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|4套|468,000
TB:2|伺服驱动及电机|36套|396,000
TB:3|工业触摸屏HMI|12台|84,000
TB:4|气密检测工位（含检漏仪）|4套|352,000
TB:5|电池包自动锁附工位|2套|286,000
TB:6|产线数据采集软件许可|1套|134,000
TB:软硬件小计|||1,720,000
TB:7|PLC/HMI程序开发及MES接口|1项|144,000
TB:8|安装、调试及停线切换|1项|212,000
TB:9|操作及维护培训|1项|24,000
TB:合计|||2,100,000
P:2.2 付款方式如下：
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%。设备到货签收及安装完成不视为验收合格。
P:（三）四条生产线全部通过最终验收后，甲方支付合同总价的35%。
H:第三条 交付与工期
P:3.1 乙方应于合同生效后九十日内完成全部四条线改造。
P:3.2 乙方应在每条线停线前七日提交切换方案，经甲方生产部门确认后方可实施。
P:3.3 每条线切换完成后，乙方应安排工程师跟班保产不少于三个班次，及时处理调试中发现的问题，确保恢复正常生产。
H:第四条 验收
P:4.1 单线验收：每条线改造完成后连续生产七个班次，节拍不低于每分钟六台，气密检测误判率不高于千分之二，且无停线故障。
P:4.2 最终验收：四条线均通过单线验收；数据采集软件与MES对接数据逐班核对一致；乙方交付电气图纸、PLC及HMI程序源文件、操作维护手册并完成培训。甲方在收到验收申请后十日内组织验收并签署验收报告。
P:4.3 试生产、投入使用或付款均不代表验收合格。
P:4.4 单线验收不合格的，乙方应在五日内完成整改并重新组织验收；因整改造成的停线时间计入本合同约定的停线时间。验收所需的检测仪器、标准样件由乙方提供，甲方提供产品及生产人员配合。
H:第五条 质保与售后
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费升级数据采集软件。
P:5.2 质保期满后，甲方可委托乙方提供年度维保服务，维保费按软硬件小计的28%每年计取（即每年¥481,600），在质保期满后三年内固定不变，含备件、定期巡检及软件升级。
P:5.3 故障响应：一级故障（整线停产）1小时内响应，乙方工程师6小时内到场；二级故障（单工位停用）次一工作日内到场。一级故障到场每超时1小时，乙方支付违约金¥500。
H:第六条 知识产权
P:6.1 PLC程序、HMI画面、MES接口程序及相关图纸、源文件的知识产权归甲方所有，甲方可自行修改并交由第三方维护。
P:6.2 第三方设备内嵌软件及数据采集软件的原有知识产权归其权利人，甲方享有永久使用权。
H:第七条 数据与安全
P:7.1 生产数据、工艺参数及质量检测数据归甲方所有，乙方仅为履行本合同使用，不得向第三方提供或用于其他用途。
P:7.2 乙方远程调试须经甲方逐次批准并通过甲方VPN接入，操作全程留存日志；乙方不得擅自拷贝工艺参数。
P:7.3 因乙方原因造成数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此造成的全部损失。
H:第八条 保密
P:8.1 双方对在合作中获悉的对方技术秘密、工艺资料和商业信息负有保密义务，未经对方书面许可不得披露，保密期至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 因乙方原因造成停线时间超出约定的，乙方应赔偿甲方由此产生的直接损失。
P:9.4 乙方提供的设备或软件不符合合同约定的，甲方有权要求乙方在十日内免费更换或整改；整改后仍不符合的，甲方可要求退货并由乙方赔偿损失。
P:9.3 甲方逾期付款的，应按未付金额的万分之二每日支付违约金。
H:第十条 分包
P:10.1 乙方如需将设备安装或布线工作分包，应事先取得甲方书面同意，并对分包方行为承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交台州仲裁委员会仲裁。
H:第十三条 设计联络与施工安全
P:13.1 合同生效后七日内，双方召开设计联络会，乙方提交电气原理图、控制柜布置图、I/O点表及网络拓扑，经甲方设备部门书面确认后方可生产控制柜。
P:13.2 乙方人员进入甲方厂区须遵守甲方安全生产、防火及劳动纪律规定，动火、登高及带电作业须办理作业票。因乙方违规作业造成人身伤害或财产损失的，由乙方承担全部责任。
P:13.3 乙方拆除的旧控制柜、线缆及元器件归甲方所有，由乙方清点后移交甲方仓库。
H:第十四条 培训与资料
P:14.1 乙方应为甲方电气维修人员及产线班组长分别提供培训，内容包括设备操作、程序备份与恢复、常见故障诊断及参数设置，培训后进行考核。
P:14.2 乙方应在最终验收前交付竣工图纸、设备说明书、备件清单、程序源文件及调试记录，纸质版两套、电子版一套。
H:第十五条 备品备件
P:15.1 乙方应随设备提供一套随机备件，并保证停产后七年内以合理价格持续供应主要备件。
P:15.2 主要元器件停产的，乙方应提前六个月通知甲方，并推荐经甲方认可的兼容替代型号，相关程序修改由乙方免费完成。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的一方，应及时通知对方并在十日内提供证明，双方协商延期或解除合同，受影响一方在不可抗力影响范围内免责。
H:第十七条 其他
P:17.1 本合同附件包括技术规格书、设计联络纪要及验收方案，与本合同具有同等效力。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

SRC["z03"] = """门店预约及会员管理系统SaaS服务合同

合同编号：SYPX-IT-2027-03

甲方：上海声悦配音教育科技有限公司（以下简称“甲方”）
乙方：杭州云约科技有限公司（以下简称“乙方”）

甲方在全国经营三十家配音培训门店，现需统一的课程预约、排课及会员管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方三十家门店提供“云约”门店预约及会员管理系统的在线使用服务，包括课程预约、教室及录音棚排期、教师排课、会员储值与课时卡、线上报名、小程序、营销活动及经营报表等模块。
（二）乙方负责一次性实施服务：
1. 门店、课程、教师及价格体系的配置；
2. 将甲方现有会员资料及剩余课时迁移至系统；
3. 开发与甲方财务系统的收款对账接口；
4. 对门店店长及前台人员进行培训。
（三）乙方应保证系统支持甲方门店使用的主流收银设备、打印机及扫码枪，并提供微信小程序及手机端管理后台。
（四）服务期为两个服务年度：第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（五）服务期内乙方应免费提供系统版本升级，升级前五日通知甲方，升级不得导致甲方已有数据丢失或已配置功能失效。

二、服务费用
（一）年度订阅费：每店每服务年度人民币9,600元，三十家门店合计每服务年度288,000元，两个服务年度合计576,000元。
（二）实施费：人民币68,000元（一次性）。
（三）合同总价：人民币644,000元（含税）。
（四）服务期内甲方新增门店的，按每店每服务年度9,600元按月折算计费，不影响本合同总价。
（五）短信通知费用按实际发送量由甲方另行向短信服务商支付，不计入本合同价款。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方应在每次收款前开具增值税专用发票。本合同不设预付款。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成配置、数据迁移及接口开发，并在全部门店上线。
（二）验收标准：
1. 合同附件所列功能在三十家门店逐项可用；
2. 迁移会员数量、储值余额及剩余课时与甲方原始台账逐条核对一致；
3. 收款对账接口连续十日对账无差错；
4. 门店前台办理一笔预约的平均操作时间不超过1分钟。
（三）甲方在收到上线验收申请后七个工作日内组织验收，出具书面验收意见。系统开通或甲方试用不视为验收合格。
（四）乙方未按期完成上线的，每逾期一日，向甲方支付人民币500元违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须安排在凌晨零点至六点之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统无法登录或无法预约、收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，次一工作日内解决；
3. 三级问题（咨询及使用问题）：1个工作日内答复。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣；一级故障恢复每超时1小时，另行抵扣当月订阅费的1%。

六、数据安全与数据归属
（一）甲方会员信息、学员信息、交易记录及经营数据均归甲方所有。乙方仅可为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志及每日备份等措施，并已取得信息安全等级保护三级备案。
（三）发生数据泄露、丢失或其他安全事件的，乙方应在2小时内通知甲方，配合处置并承担因此给甲方造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）乙方处理学员个人信息（含未成年学员监护人信息）时，应遵守《个人信息保护法》，仅收集实现服务所必需的信息，并协助甲方响应个人信息主体的查询、更正和删除请求。

七、保密
双方对在合作中知悉的对方商业秘密、客户资料及经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效三年。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方开发的收款对账接口、定制报表及相关文档，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、服务外包
乙方可将门店现场实施、培训等工作委托其当地合作伙伴完成，但应提前五个工作日书面告知甲方，并对合作伙伴的工作质量负责。

十、续约
服务期届满前三十日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据其当年价格政策调整订阅费，调整幅度不超过上一服务年度费用的8%。

十一、违约与解除
（一）乙方严重违反本合同，经甲方书面催告后十日内未改正的，甲方有权解除合同，乙方应退还未使用服务期的订阅费并赔偿损失。
（二）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。
（三）因乙方原因导致系统连续中断超过八小时，或一个服务年度内一级故障累计超过五次的，视为乙方严重违约。
（四）合同解除或服务期满后，乙方应继续提供不少于三十日的只读访问，以便甲方完成数据导出和系统切换。
（五）乙方对本合同项下的赔偿责任总额以合同总价的150%为限，但数据泄露及故意违约造成的损失不受此限。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十三、甲方义务
（一）甲方应指定项目联系人，及时提供门店、课程及会员原始资料，并对资料的真实性负责。
（二）甲方应组织门店人员参加培训，并妥善保管系统管理员账号及密码。因甲方人员泄露账号密码造成的损失，由甲方承担，但乙方系统存在安全缺陷的除外。
（三）甲方新增、关闭或迁移门店的，应提前十日通知乙方，以便乙方调整门店配置和账号权限。
（四）甲方应按约定支付服务费用。

十四、培训与运营支持
（一）系统上线前，乙方应为每家门店店长及前台人员提供不少于两次线上培训，并为甲方总部运营人员提供一次现场培训。
（二）乙方应提供门店操作视频教程及在线帮助文档，并在系统功能调整后同步更新。
（三）服务期内，乙方应指定专属客户成功经理，每季度与甲方回顾系统使用情况，提出优化建议，并免费提供系统新版本功能培训。

十五、不可抗力
因不可抗力致使一方不能履行本合同的，应及时通知对方，并在十日内提供证明。受影响一方在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。

十六、通知与廉洁
（一）本合同项下的通知以书面形式送达双方在本合同载明的地址或电子邮箱，邮件发出之日视为送达。
（二）双方不得向对方工作人员提供任何形式的回扣或不正当利益。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单、数据迁移方案。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

SRC["z04"] = """雨水管网监测系统年度运维服务合同

采购方式：竞争性磋商
项目编号：QZSW-CS-2027-009

甲方：清州市水务局
乙方：浙江澄源环境科技有限公司

根据清州市雨水管网监测系统年度运维服务项目竞争性磋商结果及成交通知书，甲乙双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，经协商一致，订立本合同。

第一条 服务对象与范围
1、服务对象：甲方已建成的雨水管网监测系统，包括分布于城区的液位计286台、流量计74台、雨量计22台、视频监测点38处、一体化供电及通信终端420套，以及监测平台软件、数据库及机房服务器。
2、服务内容：设备日常巡检与清淤维护、故障维修及备件更换、通信链路维护、平台软件运行维护、数据质量审核、汛期值守及应急保障、月度及年度运维报告编制。
3、设备校准：乙方每半年对液位计、流量计进行一次现场比对校准，对偏差超出设备说明书允许范围的设备进行调校或更换，并出具校准记录。
4、平台维护：乙方负责平台软件的日常巡检、日志检查、数据库备份及操作系统补丁更新，补丁更新前须经甲方同意并在测试后实施。
5、服务期：自2027年1月1日起至2027年12月31日止。

第二条 服务费用及支付
1、服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括人工、巡检车辆、常用备件、通信费及税费。单价超过2,000元的主要备件按附件备件清单价格另行据实结算，不计入服务费总额。
2、服务费按季度支付，每季度¥121,500。乙方于每季度末提交运维报告，经甲方季度考核合格后十五个工作日内支付当季服务费。
3、本合同不设预付款。

第三条 服务要求
1、巡检：液位计、流量计及雨量计每月巡检不少于一次，汛期（5月至9月）每半月不少于一次，并在平台留存巡检记录及照片。
2、数据：监测数据按5分钟间隔上传，乙方每日审核异常数据，发现数据中断的，当日内查明原因。
3、汛期值守：汛期内乙方安排不少于两名技术人员实行全天值守，暴雨预警发布后两小时内完成重点积水点设备检查。
4、人员：乙方派驻项目负责人一名、运维工程师五名，人员变更须经甲方同意。运维工程师应具备相应的专业技术资格，有限空间作业人员须持证上岗。
5、应急保障：遇暴雨、内涝等突发事件，乙方应按甲方应急预案要求，在接到通知后两小时内组织人员到达指定地点，协助甲方开展积水监测和设备抢修。
6、报告：乙方应于每月五日前提交上月运维月报，内容包括巡检情况、故障统计、数据质量分析及设备更换记录，并于服务期满后十五日内提交年度运维总结报告。

第四条 故障处理
1、一级故障（监测平台中断，或十处以上监测点同时离线）：乙方在接到通知后8小时内响应，次日内恢复。
2、二级故障（单个监测点设备损坏或离线）：乙方在一个工作日内响应，三个工作日内修复。
3、乙方未按上述时限处理故障的，应向甲方书面说明原因并限期整改；甲方不因故障处理超时扣减服务费，乙方亦不承担违约金。

第五条 考核与验收
1、甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障处理记录、数据审核记录、汛期值守记录及运维报告质量，考核办法见附件。
2、服务期满后，乙方提交年度运维总结报告及设备台账，甲方组织验收，以季度考核结果、设备完好状况及资料移交情况为验收依据。
3、季度考核不合格的，乙方应在十五日内整改，整改后复核合格方可支付当季服务费。
4、甲方可随时对乙方巡检及维护工作进行抽查，抽查发现巡检记录与现场情况不符的，该次巡检视为未完成，乙方应在三日内补做。
5、年度验收时，甲方可邀请行业专家参与，对设备完好状况及平台运行情况进行评审，乙方应提供必要的配合。

第六条 数据安全
1、监测数据、视频图像、设备台账及平台数据库均归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
2、乙方应遵守网络安全等级保护要求，远程运维须通过甲方堡垒机并经逐次审批，运维账号专人专用。
3、发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失及行政处罚，由乙方承担。

第七条 保密
乙方及其人员对在服务中知悉的管网布局、设施位置、监测数据及甲方内部资料负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。

第八条 成果归属
乙方编制的运维报告、数据分析报告、设备台账及优化方案的知识产权归甲方所有。

第九条 分包
本项目不得分包或转包。

第十条 违约责任
1、乙方未按约定日期进场开展服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2、乙方未按约定完成巡检或汛期值守的，应补做并承担由此造成的损失。
3、因乙方运维不当造成设备损坏的，由乙方修复或赔偿。

第十一条 合同解除
1、乙方连续两个季度考核不合格，或严重违反本合同经甲方书面通知后十日内未改正的，甲方有权解除合同。
2、合同解除后，乙方应在十日内移交全部资料及运维账号，甲方按乙方已完成并经考核合格的服务支付相应费用。
3、因乙方违约解除合同的，乙方应赔偿甲方重新采购所增加的费用及其他损失。

第十二条 合同期满
本合同服务期满即终止，不自动续期。甲方如需继续采购，依法另行组织采购。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 甲方义务
1、甲方应向乙方移交设备台账、竣工资料、平台账号及以往运维记录，并提供必要的工作场地。
2、甲方应协调交通、城管等部门，为乙方在道路检查井内作业提供便利。
3、甲方应按约定支付服务费，并及时组织季度考核和年度验收。

第十五条 安全生产
1、乙方进入检查井、管道等有限空间作业，必须执行“先通风、再检测、后作业”的规定，配备气体检测仪、安全绳及呼吸器，设专人监护，严禁单人作业。
2、道路作业应按规定设置围挡和警示标志，夜间作业应设置警示灯，作业结束后及时恢复井盖并清理现场。
3、乙方应建立安全生产责任制，项目负责人为安全生产第一责任人，每月组织一次安全教育，并做好记录备查。
4、乙方应为作业人员购买人身意外伤害保险。因乙方违反安全规定造成人身伤亡或财产损失的，由乙方承担全部责任。

第十六条 备件与资料移交
1、乙方更换下的旧设备归甲方所有，乙方应登记后交回甲方。
2、服务期满或合同解除时，乙方应移交完整的设备台账、巡检记录、故障处理记录、备件使用记录及平台运维手册，并配合甲方或新的服务单位完成交接，交接期不少于十五日。

第十七条 不可抗力
因地震、战争、重大疫情等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明。双方协商确定延期履行或部分免除责任。汛期极端天气属于本合同约定的保障情形，不作为乙方免除应急保障义务的理由。

第十八条 其他
1、磋商文件、响应文件及成交通知书为本合同组成部分。
2、本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年12月    日
"""

SRC["z05"] = """# 匠迹生产过程追溯软件 许可及定制开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-HT-2027-0412

**甲方（买方）**：无锡惠山泥人工坊有限公司

**乙方（卖方）**：苏州匠迹软件科技有限公司

鉴于甲方拟采购生产过程追溯软件，用于泥人制作从选泥、捏塑、彩绘到烧制、包装全过程的工序记录和追溯，乙方同意按本合同条款提供软件许可及定制开发服务。双方确认已阅读并理解本合同全部条款。

## 第一条 定义

1.1 “标准软件”指乙方拥有的“匠迹”生产过程追溯软件V5。

1.2 “定制开发”指乙方按甲方需求，在标准软件基础上开发的工序模板、作品编码规则、扫码报工功能、窑炉温度数据对接及追溯查询小程序。

1.3 “上线”指软件部署于甲方服务器，甲方操作人员开始使用软件录入生产数据。

1.4 “生产数据”指甲方在使用软件过程中录入或产生的工序记录、作品信息、窑炉温度数据及人员报工记录。

## 第二条 合同价款

2.1 本合同价款如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件永久许可（五十个用户） | 420,000 |
| 2 | 定制开发 | 360,000 |
| 3 | 部署、实施及培训 | 48,000 |
| | 合计 | 828,000 |

2.2 上述价款不含硬件设备、扫码终端及第三方软件费用。

2.3 乙方派员赴甲方现场的差旅费用已包含在实施费用中，但因甲方原因增加的现场服务，按每人每日人民币2,800元另行计费。

## 第三条 付款

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即人民币538,200元。乙方收到该笔款项后启动项目。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的35%，即人民币289,800元。

3.3 乙方在收到每笔款项后开具发票。

3.4 甲方未按本条约定支付款项的，乙方有权暂停项目实施或暂停提供技术支持，由此导致的延期由甲方负责。甲方付清全部款项前，乙方有权限制软件的部分功能。

## 第四条 交付与上线

4.1 乙方计划在收到首笔款项后一百二十日内完成部署及定制开发，并协助甲方上线。

4.2 如因需求变更或甲方配合原因导致延期，上线时间相应顺延。乙方不因交付延期承担违约金，但应积极采取措施推进项目。

## 第五条 验收

5.1 软件部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方使用软件即表示甲方认可软件功能满足需求。

## 第六条 技术支持

6.1 乙方提供远程技术支持，工作时间内通过电话、邮件或在线方式受理甲方问题，并在合理时间内答复。

6.2 乙方对问题的处理时限不作具体承诺。

6.3 乙方现场服务须由甲方提前三个工作日预约，并按本合同第2.3条另行计费。

6.4 因甲方自行修改软件配置、服务器环境变化或第三方软件原因引起的问题，不属于乙方技术支持范围。

## 第七条 免费维护与后续服务

7.1 自软件上线之日起六个月内，乙方免费提供缺陷修复服务。

7.2 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护合同，维护费按乙方届时有效的价格标准执行。

## 第八条 知识产权

8.1 标准软件及其全部升级版本的知识产权归乙方所有。甲方不得对软件进行复制（备份除外）、转让、出租或以其他方式提供给关联公司以外的第三方使用。

8.2 定制开发形成的工序模板、编码规则、功能模块、小程序及其源代码，知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

## 第九条 数据

9.1 甲方录入软件的生产数据归甲方所有。

9.2 乙方应采取访问控制、数据加密和定期备份等安全措施保护甲方数据。发生数据泄露等安全事件的，乙方应在四十八小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.3 甲方同意，乙方可将甲方生产数据经脱敏处理后，用于软件产品改进、行业工艺分析及向其他客户提供的行业对标报告，该使用权在本合同终止后继续有效。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方对本合同项下全部责任的累计赔偿总额，不超过合同总价的20%。

11.2 乙方不承担甲方的间接损失、利润损失及商誉损失。

11.3 因甲方提供的资料错误、甲方硬件或网络环境故障、甲方人员操作失误造成的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违反本合同且在收到对方书面通知后三十日内未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

12.3 合同解除后，甲方应停止使用定制开发内容，并在乙方要求时删除相关程序；标准软件许可已付清的，甲方可继续按本合同约定使用标准软件。

12.4 合同解除不影响本合同第十条、第十一条及第十三条的效力。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 甲方义务

14.1 甲方应指定项目负责人，负责需求确认、资料提供及内部协调，并保证其有权代表甲方作出决定。

14.2 甲方应在乙方提出需求调研计划后五个工作日内完成工序、作品类别、编码规则等基础资料的整理和提供。甲方资料延迟提供的，项目周期相应顺延。

14.3 甲方应自行采购并安装服务器、扫码终端、网络设备及操作系统、数据库等第三方软件，并保证其符合乙方提出的配置要求。

14.4 甲方应安排操作人员参加乙方组织的培训，并按照乙方提供的操作手册使用软件。因甲方操作不当造成的问题，由甲方自行负责。

## 第十五条 需求变更

15.1 甲方在需求确认后提出新增或变更需求的，乙方将评估工作量并书面报价。甲方确认报价后，乙方实施变更，变更费用由甲方另行支付。

15.2 需求变更导致项目周期延长的，上线时间相应顺延。

## 第十六条 培训

16.1 乙方为甲方提供一次集中培训，培训人数不超过二十人，培训地点在甲方所在地。额外培训按乙方标准收费。

16.2 培训内容包括系统登录、工序模板维护、扫码报工、追溯查询及常见问题处理。乙方提供电子版操作手册，甲方可在内部复制使用，但不得向第三方提供。

16.3 甲方人员变动导致需要重新培训的，由甲方另行向乙方购买培训服务。

## 第十七条 不可抗力

17.1 因不可抗力、政策变化、网络运营商故障、第三方软件缺陷等非乙方原因导致本合同不能履行或延迟履行的，乙方不承担责任。

## 第十八条 通知

18.1 本合同项下的通知可通过电子邮件、即时通讯工具或书面方式送达，以发出之日为送达日期。

18.2 双方联系人及联系方式以本合同签署页记载为准。联系人变更的，应及时通知对方，未及时通知的，按原联系方式送达视为有效送达。

## 第十九条 其他

19.1 本合同文本为乙方标准文本，双方另行签署的补充协议与本合同不一致的，以本合同为准。

19.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KV-SZ-2027-014
P:This Agreement is made between Suzhou Hengrui Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu (the "Customer"), and Kenn Valley Software Limited, a company registered in England and Wales whose registered office is at Old Street, Clevedon, North Somerset, United Kingdom (the "Supplier").
P:The Customer wishes to acquire a perpetual licence of the Supplier's quality management software and related implementation services for its two bearing plants, and the Supplier has agreed to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's KV Quality Suite, version 8, in object code, including the modules for inspection planning, statistical process control, non-conformance and corrective action, supplier quality, calibration management and document control, together with its documentation.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data migration scripts and other materials created by the Supplier specifically for the Customer under this Agreement, in source and object form.
P:1.3 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users at the Customer's plants in Suzhou and Changzhou, for its own business purposes and those of its affiliates in mainland China.
P:2.2 The Supplier shall deliver the following services: installation on the Customer's servers, configuration of inspection plans for the product families listed in Annex 1, interfaces with the Customer's ERP and measuring-equipment software, migration of open quality records, and training of key users and administrators.
P:2.3 The Supplier shall appoint a project manager fluent in Chinese and English, with experience of at least two comparable quality system projects in manufacturing, who shall remain on the project until Final Acceptance unless the Customer agrees otherwise.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,710,000, inclusive of VAT, made up of: Software licence fee CNY 1,260,000; implementation services CNY 412,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and covers all travel, expenses and withholding taxes of the Supplier.
P:3.3 The Customer shall pay: (a) 20% of the Contract Price within 20 days after signature of this Agreement against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% after installation of the Software and completion of the system test on the Customer's servers; and (c) the remaining 35% within 30 days after Final Acceptance.
P:3.4 Installation and the system test do not constitute acceptance.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall complete installation within 45 days and achieve Final Acceptance within 150 days after signature, in accordance with the project plan agreed at the kick-off meeting.
P:4.2 If the Supplier fails to achieve Final Acceptance by the agreed date for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay. The delay damages shall not exceed 8% of the Contract Price in total and do not prevent the Customer from claiming other remedies.
H:Article 5 Acceptance
P:5.1 After installation, configuration and migration are complete, the parties shall carry out acceptance tests under the acceptance test plan in Annex 2. The criteria include: (a) every function in the functional specification works as described; (b) migrated records reconcile with the source system in number and content; (c) the ERP and measuring-equipment interfaces run for ten consecutive working days without error; (d) screen response time does not exceed three seconds with 150 concurrent users; and (e) no open Severity 1 or Severity 2 defect.
P:5.2 When the criteria are met, the Customer shall sign the acceptance certificate within ten working days. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
P:5.3 Productive use of the Software, or any payment, does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply new releases and provide technical support free of charge.
P:6.2 The Supplier warrants that the Software does not contain malicious code and that it has all rights necessary to grant the licence.
H:Article 7 Support and Service Levels
P:7.1 During the Warranty Period and any support period the Supplier shall provide support by telephone, e-mail and remote session in Chinese and English.
P:7.2 Response times: Severity 1 (production inspection or release of goods stopped), one hour, round the clock, with continuous work until a workaround is in place; Severity 2 (a major function impaired), two business hours; Severity 3 (minor issue), next business day.
P:7.3 For each full hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay the Customer a service credit of CNY 1,200, deductible from any amount due.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee shall not exceed 11% of the Software licence fee, namely CNY 138,600 per year, and shall not be increased during the three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Supplier shall deliver the source code of the Custom Deliverables before Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Data Security
P:9.1 All data entered into or generated by the Software at the Customer's sites, including inspection results, supplier records and personal information of employees ("Customer Data"), belongs to the Customer. The Supplier may process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Supplier shall access the Customer's systems only by remote session approved by the Customer each time, shall not copy Customer Data outside the Customer's premises, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Supplier shall notify the Customer within six hours of any security incident affecting Customer Data, cooperate in its investigation and remedy, and bear the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff who need to know it. This obligation survives for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, breach of Articles 8.3, 9 or 10.
P:11.2 Neither party is liable for loss of profit or indirect loss, except under Article 9.
H:Article 12 Subcontracting and Assignment
P:12.1 The Supplier shall not subcontract any of its obligations without the Customer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the undelivered part and compensate the Customer's losses.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of England and Wales.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Rules of the London Court of International Arbitration. The seat of arbitration shall be London and the language English.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control that it could not have foreseen or avoided, such as natural disaster, epidemic, war or government action, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. Time for performance is extended by the duration of the event.
H:Article 16 General
P:16.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses stated above or notified in writing. Neither party may assign this Agreement without the prior written consent of the other.
P:16.2 This Agreement is executed in English and Chinese; both versions have equal effect. Annex 1 (scope and product families) and Annex 2 (acceptance test plan) form part of this Agreement.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — FIELD SERVICE SCHEDULING PLATFORM

Order Form No. BS-CN-27-0031

**Provider:** Severnside Cloud Systems Ltd, registered in England and Wales, High Street, Burnham-on-Sea, Somerset, United Kingdom ("Provider")

**Customer:** Foshan Meikang Home Appliance Service Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1 Services

Provider will provide its FieldLine platform, a cloud service for scheduling, dispatching and tracking after-sales technicians, including the mobile app, customer appointment portal, spare-parts tracking and reporting, for Customer's service centres in Guangdong, Guangxi and Hunan. Provider will also perform the one-time onboarding services described in A4.

Provider will keep the platform compatible with the Android and iOS versions used by Customer's technicians and with the current and previous major versions of the common desktop browsers. New features released to Provider's other customers during the Subscription Term are included without extra charge, unless they are sold as separate modules.

### A2 Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date Customer signs the Go-Live Certificate under A4 (the "Start Date"); the second Subscription Year follows it immediately.

### A3 Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total over the Subscription Term (CNY) |
|---|---|---|---|
| Platform fee (three regions, hosting in mainland China) | flat | 218,000 | 436,000 |
| Dispatcher and technician users | 150 users at CNY 1,160 | 174,000 | 348,000 |
| Onboarding services (configuration, data load, ERP interface, training) | one-time | — | 46,000 |
| **Total Contract Value** | | | **830,000** |

Additional users added during a Subscription Year are charged pro rata at the same unit price and are not part of the Total Contract Value. All fees include VAT and are payable in CNY.

### A4 Onboarding and Go-Live

(a) Provider will complete configuration, load of technician, customer and spare-parts master data, the interface with Customer's ERP work-order module, and train dispatchers and regional trainers within 60 days after signature of this Order Form.

(b) Go-Live Acceptance tests will be run in Customer's environment under the test scripts agreed at kick-off. The criteria are: every scripted scenario passes; loaded master data reconciles record by record with Customer's source files; work orders pass between the ERP and the platform without loss for ten consecutive business days; and the mobile app works offline and synchronises on reconnection. When the criteria are met, Customer will sign the Go-Live Certificate. Use of the platform before that date is not acceptance.

(c) If Go-Live Acceptance is delayed beyond the date in A4(a) for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay.

### A5 Invoicing and Payment

(a) The onboarding fee is invoiced on the Start Date and payable within 30 days of invoice.

(b) The fee for each Subscription Year is invoiced annually on the first day of that Subscription Year and payable within 30 days of invoice. No amount is payable before the Start Date.

### A6 Renewal

At the end of the Subscription Term, the Subscription will automatically renew for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. For each renewal term Provider may increase the fees by up to 7% over the fees of the preceding Subscription Year by notice given with the renewal invoice.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Provider will make the platform available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Provider will respond to Priority 1 incidents (the platform or the mobile app unavailable to all users of a region) within one hour, at any time; Priority 2 incidents within two business hours; Priority 3 requests within one business day.

1.3 If monthly availability falls below the level in 1.1, Customer receives a service credit of 5% of the monthly equivalent of the fees for each 0.5 percentage point of shortfall, up to 25%. For each hour by which Provider misses the Priority 1 response time, Customer receives a further credit of CNY 800. Credits are deducted from the next invoice.

### 2. Customer Data

2.1 All data that Customer or its users enter into the platform, including customer names, addresses, telephone numbers, appliance records and technician locations ("Customer Data"), belongs to Customer. Provider may process Customer Data only to provide the Services to Customer and for no other purpose.

2.2 Provider will host Customer Data in data centres located in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least 180 days and maintain a multi-level protection scheme level 3 filing.

2.3 Provider will notify Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, take the measures needed to contain it, and be responsible for the losses that its breach of this Section 2 causes to Customer.

2.4 Within 30 days after the end of the Agreement, Provider will return Customer Data in a standard format and then delete it.

2.5 Provider will support Customer in answering requests from individuals about their personal information, and will not transfer Customer Data outside mainland China.

### 3. Confidentiality

Each party will keep confidential the other party's non-public business and technical information, use it only under this Agreement, and not disclose it to third parties without written consent. This obligation continues for three years after the Agreement ends.

### 4. Intellectual Property

4.1 Provider retains all rights in the platform and its standard features.

4.2 Workflow configurations, report layouts and the ERP interface mapping prepared specifically for Customer belong to Customer, and Customer may use, modify and have them used by third parties without restriction.

### 5. Subcontracting

Provider may not subcontract the Services, or appoint a new sub-processor for Customer Data, without Customer's prior written consent.

### 6. Term and Termination

6.1 Either party may terminate the Agreement by written notice if the other commits a material breach and does not cure it within 30 days after written notice.

6.2 On termination for Provider's breach, Provider will refund any prepaid fees for the period after termination.

### 7. Limitation of Liability

7.1 Each party's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss or loss of profits.

### 8. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 9. Customer Responsibilities

9.1 Customer is responsible for the accuracy of the data it enters, for obtaining any consents needed from its own customers before their details are loaded, for the use of the platform by its users, and for keeping user credentials secure within its own organisation.

9.2 Customer will provide a project contact, make its ERP team available for the interface work, and give Provider timely decisions during onboarding.

9.3 Customer will not attempt to copy, decompile or resell the platform, will not use it to send unsolicited messages, and will keep the number of named users within the subscribed quantity or order additional users under A3. Provider may check the number of active users once per quarter and will share the result with Customer. If the check shows more users than subscribed, the additional users are charged pro rata from the date of the check.

### 10. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war, failure of public networks or government action, if it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits do not accrue for unavailability caused by such an event.

### 11. Compliance

Each party will comply with the laws applicable to it, including anti-bribery laws and the Personal Information Protection Law of the PRC. Neither party will offer or give any improper payment or benefit to the other party's staff.

### 12. General

Notices must be in writing and sent to the addresses above. Neither party may assign the Agreement without the other's written consent. This Agreement is signed in English; a Chinese translation is provided for reference.

This Order Form may be signed electronically and in counterparts, each of which is an original.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT — COLD-STORE MONITORING SYSTEM
P:Contract No. XF-PUR-2027-052
P:Buyer: Jiangsu Xianfeng Cold Chain Logistics Co., Ltd., Pukou District, Nanjing, Jiangsu, People's Republic of China (the "Buyer").
P:Supplier: Tankerton Sensing Ltd, a company registered in England and Wales with its office at Harbour Street, Whitstable, Kent, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Supplier has reviewed them and accepts them.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission a wireless temperature and humidity monitoring system for the Buyer's cold stores in Nanjing, Wuxi and Yangzhou, consisting of sensors, door sensors, gateways and the ColdWatch monitoring software, and shall train the Buyer's staff.
P:1.2 The system shall record the temperature of every storage zone at intervals of no more than two minutes, raise alarms by SMS, telephone and the mobile app, and produce the records required for food and pharmaceutical cold-chain audits.
P:1.3 The system shall keep working during a network outage: each gateway shall store readings for at least seven days and send them to the software when the connection returns, and each sensor shall have a battery life of at least three years at the standard reporting interval.
P:1.4 The Supplier shall survey each site before installation and confirm the number and position of sensors and gateways in a site plan approved by the Buyer. Any additional equipment needed to achieve full radio coverage of the storage zones shall be supplied at the Supplier's cost.
H:2. Price
P:2.1 The Contract Price is CNY 1,676,000, inclusive of VAT, delivery to site, import duties, installation and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|420|1,480|621,600
TB:2|LoRa gateway with 4G backup|36|6,800|244,800
TB:3|Door-open sensor|120|560|67,200
TB:4|ColdWatch monitoring software, perpetual licence, 600 points|1|552,400|552,400
TB:Hardware and Licence Subtotal||||1,486,000
TB:5|Installation, calibration and commissioning|1|164,000|164,000
TB:6|Training of operators and administrators|1|26,000|26,000
TB:Contract Price||||1,676,000
P:2.2 The Contract Price is fixed for the duration of the Contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after delivery and installation of all equipment at the three sites, confirmed by a signed installation record. The installation record is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall complete delivery within 60 days and installation within 90 days after signature.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor is calibrated against a reference thermometer with a certificate showing a deviation of no more than 0.3 °C; (b) all 600 points report to the software without data gaps for 14 consecutive days; (c) alarms reach the duty officer within one minute in a test at each site; (d) audit reports are produced in the format required by the Buyer's quality department; and (e) all documentation has been delivered.
P:5.2 The Buyer shall carry out the acceptance tests within ten working days of the Supplier's notice and sign the Final Acceptance certificate when the criteria are met. Installation, use of the system or payment does not constitute acceptance.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty equipment, recalibrate sensors once a year and provide software updates and support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall not exceed 8% of the Hardware and Licence Subtotal, namely CNY 118,880 per year, and is fixed for the first two years after the warranty period. Support does not renew automatically.
H:7. Service Levels
P:7.1 The ColdWatch platform hosted on the Buyer's servers shall, with the Supplier's support, achieve availability of at least 99.95% per month.
P:7.2 Fault response times are set out below.
TB:Fault level|Example|Response|On-site or remote fix
TB:Level 1|a site or a store loses monitoring|30 minutes|6 hours
TB:Level 2|a group of sensors or a gateway fails|2 hours|next working day
TB:Level 3|single sensor or report issue|next working day|5 working days
P:7.3 For each hour by which the Supplier misses a Level 1 response or fix time, the Supplier shall pay CNY 1,000. For each 0.01 percentage point by which availability falls short of 7.1, the Supplier shall pay CNY 1,500.
H:8. Intellectual Property
P:8.1 The software remains the property of the Supplier, and the Buyer has a perpetual licence to use it.
P:8.2 Configurations, site maps, alarm rules, report templates and any interface programs made for the Buyer belong to the Buyer, which may modify them and have them maintained by third parties.
H:9. Data
P:9.1 All monitoring data, alarm records and audit reports belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall access the system only through the Buyer's VPN with an account approved for each session, shall not copy data off site, and shall follow the Buyer's information security policy.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within two hours and bear the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other's non-public information, including the Buyer's customer list and storage layouts, and shall not disclose it without prior written consent, for five years after the Contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
P:11.2 Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment or services not accepted, remove any equipment the Buyer rejects, and compensate the Buyer's losses, including the extra cost of buying replacement equipment from another supplier.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanjing Arbitration Commission.
H:15. Packing, Transport and Import
P:15.1 The Supplier shall pack the equipment for sea and road transport, mark each package with the contract number and the destination site, and deliver it duty paid to the sites named in clause 1.1. Risk passes to the Buyer on signature of the delivery note at each site.
P:15.2 The Supplier is responsible for export and import formalities, radio type approval of the sensors and gateways in China, and any certificates required for their use.
P:15.3 Partial deliveries are allowed only with the Buyer's agreement, and each delivery note shall list the serial numbers of the equipment delivered.
H:16. Documentation and Training
P:16.1 The Supplier shall deliver in Chinese and English: installation records, calibration certificates, site maps with sensor positions, user and administrator manuals, and a spare-parts list.
P:16.2 The Supplier shall train the Buyer's duty officers at each site and two administrators at the head office, with a short test at the end of each course.
P:16.3 The training shall cover daily monitoring, alarm handling, battery replacement, adding and moving sensors, user management and the production of audit reports, and shall be given in Chinese.
H:17. Force Majeure
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, if it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect.
H:18. Compliance
P:18.1 The Supplier shall comply with applicable export control, anti-bribery and product safety laws. It shall not offer any improper payment or benefit to the Buyer's staff.
H:19. General
P:19.1 This Contract, with its price table and the technical specification, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. This Contract is executed in Chinese and English, both versions having equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: RB-MSA-2027-CN07

**Customer:** Ningbo Haiyue Automotive Components Co., Ltd., Beilun District, Ningbo, Zhejiang, People's Republic of China (the "Customer")

**Supplier:** Rother Bridge Managed Services Ltd, registered in England and Wales, with its office at East Street, Chichester, West Sussex, United Kingdom, acting with its service centre in Ningbo (the "Supplier")

## Background

The Customer operates two plants and a head office in Ningbo with about 900 computer users. It wishes to outsource its service desk, end-user support and the management of its servers and network to the Supplier for a term of 36 months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under clause 4.

1.3 "Monthly Charge" and "Transition Charge" have the meanings given in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Supplier receives, stores or can see while performing the Services.

## 2. Term

2.1 The Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, at charges to be agreed; there is no automatic renewal.

## 3. Transition

3.1 Within 75 days after signature the Supplier shall take over the Services from the Customer's internal team and its previous provider, following the transition plan agreed at kick-off. The transition covers knowledge transfer, documentation of every server, network device and application, set-up of the service desk tools and monitoring, and a two-week parallel run.

3.2 The Supplier shall name a transition manager and a service delivery manager. The service delivery manager shall be based in Ningbo for the Service Term.

3.3 The Customer shall give the Supplier access to its sites, systems and documentation, and shall ask its previous provider to cooperate with the handover. Delay caused by the Customer extends the transition period accordingly.

## 4. Service Commencement and Acceptance

4.1 The Supplier shall give notice when it considers transition complete. The Customer shall then check, within ten business days, that: (a) every configuration item in the transition inventory is documented and monitored; (b) the service desk handles calls in Chinese and English during the two-week parallel run with at least the response performance in Schedule 2; (c) backup jobs for all servers in scope complete and a test restore succeeds; and (d) the runbooks and escalation contacts are delivered.

4.2 When these criteria are met the Customer shall sign the Service Commencement Certificate. The start of service-desk operation or payment of any charge is not acceptance.

4.3 If the Service Commencement Date does not occur within 75 days after signature for reasons attributable to the Supplier, the Supplier shall pay CNY 2,000 for each day of delay.

## 5. Service Levels

5.1 The Supplier shall meet the service levels in Schedule 2. Performance is measured monthly and reported in the monthly service report.

5.2 If the Supplier misses a service level, the service credits in Schedule 2 apply and are deducted from the next Monthly Charge. Credits are without prejudice to the Customer's other remedies.

5.3 If the Supplier misses the same service level in three consecutive months, this is a material breach.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. They are fixed for the Service Term and include VAT.

6.2 The Transition Charge is invoiced after the Service Commencement Certificate is signed. The Monthly Charge is invoiced monthly in arrears. The Customer shall pay correct invoices within 30 days. No charge is payable in advance.

## 7. Customer Data

7.1 Customer Data belongs to the Customer.

7.2 The Supplier may use Customer Data only to perform the Services and shall not sell it, disclose it or use it for any other purpose.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement, including the Customer's drawings, prices and customer lists, and shall use it only for this Agreement.

8.2 Information may be disclosed to employees and advisers who need to know it and are bound by equivalent obligations, or where required by law. This clause survives for five years after the end of the Agreement.

## 9. Intellectual Property

9.1 The Supplier keeps its own tools, service management software and methods.

9.2 Documentation, scripts, runbooks and configurations prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any successor provider.

## 10. Personnel and Subcontracting

10.1 The Supplier shall provide trained and qualified staff and shall replace any person the Customer reasonably objects to. Key staff named in the transition plan shall not be replaced during the first six months of the Service Term without the Customer's agreement.

10.2 The Supplier may subcontract any part of the Services, including on-site support at the plants and out-of-hours monitoring, to affiliates or third parties by giving the Customer written notice at least ten days before the subcontractor starts work. The Supplier remains responsible for its subcontractors.

## 11. Liability

11.1 The Supplier's total liability under this Agreement is limited to 150% of the total charges in Schedule 3. The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

11.2 Neither party is liable for indirect loss or loss of profit.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after notice.

12.2 The Customer may also terminate this Agreement with immediate effect if the Supplier becomes insolvent or is subject to a change of control that the Customer reasonably objects to.

12.3 On expiry or termination the Supplier shall provide exit assistance for up to three months at the rates in Schedule 3, hand over all documentation and configurations, and return all Customer Data.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 14. Force Majeure

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disaster, epidemic, war, failure of public utilities or government action, if it notifies the other party promptly and uses reasonable efforts to resume performance.

14.2 Service levels do not apply to the extent a failure is caused by such an event, but the Supplier shall carry out its agreed recovery procedures.

## 15. General

15.1 Notices must be in writing and sent to the addresses above. Neither party may assign this Agreement without the other party's written consent.

15.2 This Agreement, with its Schedules, is the entire agreement between the parties. It is signed in English and Chinese, and both versions have equal effect.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | calls, e-mail and portal tickets from about 900 users, in Chinese and English | Monday to Saturday, 07:30–20:00 |
| End-user support | desktops, laptops, printers and mobile devices at the head office and two plants | on site during plant shifts |
| Server management | 64 virtual and 9 physical servers, patching, backup and restore | round the clock monitoring |
| Network management | firewalls, core and access switches, Wi-Fi at three sites | round the clock monitoring |
| Reporting | monthly service report and quarterly service review | monthly |

## Schedule 2 — Service Levels and Credits

| Measure | Service level | Credit if missed |
|---|---|---|
| Availability of managed servers and core network | 99.95% per month | 5% of the Monthly Charge |
| Priority 1 incident (plant production systems or whole site down): response | 30 minutes | CNY 1,500 per hour late |
| Priority 1 incident: restoration | 6 hours | CNY 3,000 per hour late |
| Priority 2 incident: response | 1 hour | 2% of the Monthly Charge |
| Service desk: average speed of answer | 45 seconds | 2% of the Monthly Charge |

Total credits in any month shall not exceed 20% of the Monthly Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement | 94,000 |
| Monthly Charge | per month, 36 months, at CNY 68,500 | 2,466,000 |
| Total charges for the Service Term | | 2,560,000 |
| Exit assistance beyond the first month | per engineer day | 2,600 |

Signed for the Customer: ____________________    Signed for the Supplier: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT - VESSEL POSITION AND PORT CALL DATA

Agreement No. HW-DS-2027-118

PARTIES

(1) Hangerwood Maritime Data Ltd, a company registered in England and Wales, of Lavant Street, Petersfield, Hampshire, United Kingdom ("Hangerwood").

(2) Qingdao Hairun International Freight Forwarding Co., Ltd., of Shinan District, Qingdao, Shandong, People's Republic of China (the "Customer").

BACKGROUND

Hangerwood compiles vessel position, port call and estimated arrival data from terrestrial and satellite sources and makes it available through an application programming interface (the "API"). The Customer wishes to use the data in its shipment tracking system and customer portal.

1. DEFINITIONS

1.1 "Data" means the vessel position, port call, berth and estimated time of arrival data delivered through the API, and the related documentation.

1.2 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period between two anniversaries of the Start Date.

1.3 "Start Date" means the date on which the Customer confirms in writing that the connector under clause 3 has passed the acceptance tests.

1.4 "Customer Data" means the shipment lists, container numbers, booking references, watch lists and queries that the Customer submits to the API, and any results generated from them for the Customer.

2. SUBSCRIPTION

2.1 Hangerwood grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, store the Data in its own systems, and display the Data to its customers through the Customer's portal, for up to 3,000,000 API calls in each Subscription Year.

2.2 The Subscription Term is two Subscription Years from the Start Date. It ends automatically at the end of the second Subscription Year. A further subscription requires a new order signed by both parties.

2.3 The Customer shall not resell the Data as a stand-alone data product.

2.4 Hangerwood shall provide the Customer with a test environment, sample data and technical documentation in English and Chinese, and shall answer technical questions from the Customer's developers during integration by e-mail and video call.

3. CONNECTOR AND ACCEPTANCE

3.1 Hangerwood shall build and deliver a connector that loads the Data into the Customer's shipment tracking system within 40 days after signature.

3.2 Acceptance tests shall show that: (a) positions for all vessels on the Customer's watch list are refreshed at least every 15 minutes; (b) port call events for the Customer's 40 priority ports appear in the tracking system within 10 minutes of the source; (c) the connector handles a load of 50 calls per second without errors for one hour; and (d) data fields map correctly to the specification in the annex.

3.3 Hangerwood shall provide a test plan at least five business days before testing begins, run the tests jointly with the Customer's developers, and record the results in a test report signed by both parties.

3.4 The Customer shall complete the tests within ten business days and confirm the Start Date in writing when the criteria are met. Test use of the API is not acceptance.

3.5 If the connector is not accepted within 40 days after signature for reasons attributable to Hangerwood, Hangerwood shall pay CNY 500 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are:
   (a) API subscription fee: CNY 336,000 per Subscription Year, CNY 672,000 for the Subscription Term;
   (b) connector set-up fee: CNY 24,000, one-time;
   Total fees for the Subscription Term: CNY 696,000, inclusive of VAT.

4.2 The set-up fee is invoiced on the Start Date. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days. Nothing is payable before the Start Date.

4.3 API calls above the annual allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears, and are not part of the total fees.

5. SERVICE LEVELS

5.1 Hangerwood shall make the API available at least 99.95% of each calendar month, measured at its gateway, excluding maintenance announced three days in advance.

5.2 Priority 1 incidents (API unavailable, or no position updates for more than 30 minutes): response within one hour, at any time. Priority 2 incidents (delayed or incomplete data for a region): response within three business hours. Other requests: next business day.

5.3 If availability falls below 5.1 in a month, the Customer receives a credit of 3% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 25%. For each hour by which a Priority 1 response is late, the Customer receives a credit of CNY 600.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. Hangerwood may process it only to provide the API and the connector to the Customer and shall not use it for any other purpose, including the improvement of its own data products.

6.2 Hangerwood shall protect Customer Data with encryption in transit and at rest, issue API keys only to users named by the Customer, keep access logs, and store Customer Data for Chinese users on servers in mainland China.

6.3 Hangerwood shall notify the Customer within six hours of any unauthorised access to Customer Data or compromise of the Customer's API keys, take the measures needed to contain the incident, and bear the losses its breach of this clause causes.

6.4 Within 30 days after the Subscription Term, Hangerwood shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Hangerwood and its licensors keep all rights in the Data and the API.

7.2 The connector, its source code and mapping tables are delivered to the Customer and belong to the Customer, which may modify them and have them maintained by any third party.

8. SUBCONTRACTING

Hangerwood may not subcontract the connector work or the operation of the API service to a third party without the Customer's prior written consent. The satellite data providers that supply Hangerwood's own data are not subcontractors.

9. LIABILITY

9.1 Hangerwood's total liability arising under or in connection with this Agreement in any event is limited to the fees paid by the Customer in the nine months before the event giving rise to the claim.

9.2 Neither party is liable for indirect loss, loss of profit or loss of business.

9.3 The Data is compiled from terrestrial receivers and satellite sources. Hangerwood does not warrant that every position or arrival estimate is accurate, but it shall correct errors reported by the Customer within two business days.

10. DURATION AND TERMINATION

10.1 This Agreement continues until the end of the Subscription Term.

10.2 Neither party may terminate this Agreement before the end of the Subscription Term. If a party breaches this Agreement, the other party's remedies are the service credits under clause 5, damages under clause 9 and specific performance.

10.3 Hangerwood may suspend access to the API if an invoice is more than 45 days overdue, after ten business days' written notice.

10.4 At the end of the Subscription Term the Customer may keep Data already stored in its systems for its own historical records and audit purposes, but shall stop displaying it to its customers in the portal within 30 days. Hangerwood shall give the Customer at least three months' notice before retiring any API version used by the connector.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

12. CUSTOMER OBLIGATIONS AND USE RESTRICTIONS

12.1 The Customer shall keep its API keys secure within its organisation, use the API within the call allowance and the rate limits in the documentation, and inform Hangerwood promptly of any suspected misuse.

12.2 The Customer may show the Data to its own customers in the portal as part of its freight services, with the attribution required by the documentation, but shall not offer bulk downloads of the Data.

12.3 The Customer shall name a technical contact for API matters and shall keep Hangerwood informed of planned changes to its tracking system that may affect the connector.

13. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war, failure of satellite or public networks, or government action, if it notifies the other party promptly and uses reasonable efforts to resume performance. The affected obligations are suspended for the duration of the event.

14. COMPLIANCE

Each party shall comply with the laws that apply to it, including sanctions, anti-bribery and personal information protection laws. Neither party shall offer or give any improper payment or benefit to the staff of the other party in connection with this Agreement.

15. GENERAL

15.1 Notices must be in writing and sent to the addresses above or to another address notified in writing.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 This Agreement is signed in English, with a Chinese translation for reference.

Signed for Hangerwood: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h1119z01_housing_fund_platform_licence_development", "pdf", "zh", "software"),
    "z02": ("h1119z02_sprayer_factory_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h1119z03_dubbing_school_chain_booking_saas", "txt", "zh", "cloud"),
    "z04": ("h1119z04_water_bureau_stormwater_monitoring_om", "txt", "zh", "services"),
    "z05": ("h1119z05_clay_figure_workshop_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h1119e01_qms_perpetual_licence_clevedon_vendor", "pdf", "en", "software"),
    "e02": ("h1119e02_field_service_saas_order_form", "md", "en", "cloud"),
    "e03": ("h1119e03_cold_store_sensors_monitoring_licence", "docx", "en", "hardware"),
    "e04": ("h1119e04_managed_it_services_36_months", "md", "en", "services"),
    "e05": ("h1119e05_vessel_data_api_subscription", "txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 28, False, True, False, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 500 / 644000 * 100, 150, None, True, None, None, None, True,
            True, True, "PRC", S],
    "z04": [None, 8, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "z05": [None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False, True, None,
            None, G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
            "England and Wales", G],
    "e02": [99.5, 1, True, "buyer", True, True, True, 600 / 830000 * 100, 6 / 24 * 100, None, True, None, None, None,
            True, True, False, "PRC", S],
    "e03": [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
    "e04": [99.95, 0.5, True, "buyer", False, True, True, 2000 / 2560000 * 100, 150, None, True, None, None, None,
            False, True, True, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, True, False, 500 / 696000 * 100, 9 / 24 * 100, None, True, None, None, None,
            False, False, False, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, capped, deemed, contract_value
    "z01": (True, True, True, False, 1960000),
    "z02": (True, True, True, False, 2100000),
    "z03": (True, True, None, False, 644000),
    "z04": (True, True, None, False, 486000),
    "z05": (False, False, False, True, 828000),
    "e01": (True, True, True, False, 1710000),
    "e02": (True, True, None, False, 830000),
    "e03": (True, True, True, False, 1676000),
    "e04": (True, True, None, False, 2560000),
    "e05": (True, True, None, False, 696000),
}
# TCO inputs for goods/licence drafts with a fixed or capped fee: (licence/hardware subtotal, annual fee)
TCO = {"z01": (1080000, 97200), "z02": (1720000, 481600), "e01": (1260000, 138600), "e03": (1486000, 118880)}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # LCIA, London
PRICE_SUMS = {  # every itemised sum stated in the texts
    "z01": ([1080000, 736000, 124000, 20000], 1960000),
    "z02": ([468000, 396000, 84000, 352000, 286000, 134000, 144000, 212000, 24000], 2100000),
    "z03": ([30 * 9600 * 2, 68000], 644000),
    "z04": ([4 * 121500], 486000),
    "z05": ([420000, 360000, 48000], 828000),
    "e01": ([1260000, 412000, 38000], 1710000),
    "e02": ([2 * 218000, 2 * 150 * 1160, 46000], 830000),
    "e03": ([420 * 1480, 36 * 6800, 120 * 560, 552400, 164000, 26000], 1676000),
    "e04": ([94000, 36 * 68500], 2560000),
    "e05": ([2 * 336000, 24000], 696000),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-TERMINATION"],
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "medium"}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy defaults (the thresholds no value may sit on)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(key):
    t = dict(zip(KEYS, TERMS[key]))
    base, fee = TCO[key]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, key
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = fee * post_years
    return fees / (EXTRA[key][4] + fees) * 100, EXTRA[key][4] + fees


def derive(key):
    """My reading of policy section 3 applied to the labels."""
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO and tco_share(key)[0] > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    stem, ext, lang, cat = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[key][KEYS.index("contract_kind")] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": stem + "." + ext, "language": lang, "category": cat,
            "expected_terms": dict(zip(KEYS, TERMS[key])), "expected_extra": extra,
            "expected_rules": DESIGN[key]}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![零一二三四五六七八九十百两\d])四\s*个?\s*小时",
    r"four[\s-]*(?:business[\s-]*|working[\s-]*)?hours?",
    r"(?<![\d.])0\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之一?百", r"one[\s-]*hundred[\s-]*per[\s-]*cent",
    r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty[\s-]*per[\s-]*cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|calendar\s*months)", r"(?<![零一二三四五六七八九十百\d])十二\s*个月",
    r"twelve[\s-]*(?:calendar[\s-]*)?months?", r"(?<![第每])一\s*年", r"\bone[\s-]*year\b", r"(?<![\d.])1\s*year\b",
    r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五", r"fifteen[\s-]*per[\s-]*cent",
    r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty[\s-]*per[\s-]*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty per cent", "99.9%", "99.9 %", "4小时", "四小时", "4 hours",
            "four hours", "12个月", "十二个月", "12 months", "twelve months", "0.05%", "万分之五", "15%", "百分之十五",
            "40%", "百分之四十", "100%", "百分之百", "one year", "一年", "4 hours", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "130%", "0.055%", "24小时", "二十四小时", "24 hours", "14 months", "112 months", "25%",
             "115%", "140%", "第一年", "35%", "四十八小时", "30 minutes", "第十二条", "each Subscription Year",
             "one Subscription Year", "14 hours", "0.08%"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(form)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), ("must miss", s)

    targets, sources = {}, {}
    for key, (stem, ext, lang, cat) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[key], encoding="utf-8")
            print("wrote", stem + "." + ext)
        else:
            targets[key] = (stem + "." + ext, ext)
            sources[key] = SRC[key]
    write(sources, targets, OUT, wrap_words=True)

    problems = []
    covered = set()
    for key, (stem, ext, lang, cat) in FILES.items():
        parts, total = PRICE_SUMS[key]
        assert sum(parts) == total == EXTRA[key][4], key
        lab = label(key)
        for k, th in TH.items():
            v = lab["expected_terms"][k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        got = derive(key)
        assert got == DESIGN[key], (key, got, DESIGN[key])
        sev = {SEVERITY[r] for r in got}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(got)
        if key in TCO:
            share, tco = tco_share(key)
            assert abs(share - TCO_TH) > 2, (key, share)
            print("  TCO", key, round(tco), "%.2f %%" % share)
        text = read_back(OUT / lab["file"])
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("  %s %s %d %s %s" % (key, lab["file"], n, got, hits or ""))
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        if hits:
            problems.append((key, "threshold text", hits))
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    mix = [k for k in FILES if not DESIGN[k]]
    assert sorted(mix) == ["e03", "z01"]
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert problems == [], problems
    print("all checks passed")
