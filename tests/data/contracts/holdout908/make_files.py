"""holdout908: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. .txt/.md are written as they are; .docx/.pdf are
built with ../word_pdf.py (PDF paragraphs broken at word boundaries). Asserts: text lengths, threshold scan (raw,
whitespace-collapsed, whitespace-free, self-tested), label values against thresholds, TCO share distance, rules
derived from the labels versus the design list, coverage of all 20 CR rules, price and payment sums.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
H908Z01 = """T:电影院票务综合监管平台建设项目政府采购合同
P:合同编号：WLJ-CG-2026-118
P:甲方（采购人）：某市文化和旅游局
P:乙方（供应商）：江城数视信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目公开招标文件、乙方投标文件及中标通知书，甲乙双方就电影院票务综合监管平台（以下简称“平台”）的软件许可及定制开发事项，订立本合同。招标文件、投标文件、中标通知书及附件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供电影院票务综合监管平台软件许可（市级部署版，不限接入影院数量），并完成以下定制开发：全市影院售票系统数据直连接口、场次与票房异常预警模块、监管数据大屏、移动端执法检查应用。
P:1.2 乙方负责平台在甲方政务云资源上的部署、联调、数据初始化、试运行及培训，交付源代码、接口文档、部署手册和运维手册。
P:1.3 项目实施地点为甲方办公场所及市政务云机房，乙方人员进场须遵守甲方的安全保密管理制度，项目经理在实施期间不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零玖万元整（¥2,090,000.00），包括：平台软件许可费¥1,260,000元；定制开发费¥684,000元；实施部署费¥112,000元；培训费¥34,000元。
P:2.2 合同总价为固定总价，已含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付其他费用。
P:2.3 乙方应在合同签订前按合同总价的2%提交履约保证金，最终验收合格且无违约情形的，甲方在十个工作日内无息退还。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额发票后十五个工作日内，甲方支付合同总价的25%作为预付款，即¥522,500元。
P:3.2 平台完成全部功能部署并通过初步验收后，甲方支付合同总价的50%，即¥1,045,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的剩余25%，即¥522,500元。
P:3.4 乙方开具发票前应提交付款申请及相应阶段的验收文件，甲方按照国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同生效后九十日内完成部署及定制开发，并提交初步验收申请；初步验收通过后进入试运行，试运行期为六十日。
P:4.2 因甲方原因造成工期延误的，工期相应顺延，乙方应在知悉后书面说明。
P:4.3 乙方应在初步验收前为甲方系统管理员及执法人员提供不少于三期的现场培训，提供培训教材，并保证受训人员能够独立完成日常操作和预警处置。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；全市影院售票系统接口接入率达到招标文件要求，票房数据与售票系统抽样核对一致；监管大屏页面在三百并发用户下平均响应时间不超过三秒；提交完整文档。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期内无一级故障；异常预警规则经甲方业务处室复核有效；第三方机构出具的安全测评报告无高危漏洞；源代码与部署版本一致。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以双方签署的验收报告为准。平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在夜间进行。
P:6.2 一级故障（平台整体不可用或票房数据中断）乙方应在30分钟内响应，2小时内到达现场；二级故障1小时内响应，当日解决；三级故障次工作日内解决。
P:6.3 一级故障响应每超时一小时，乙方支付违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付人民币2,000元，甲方可从应付款项或履约保证金中扣除。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.3 质保期内乙方每季度向甲方提交一次运行分析报告，内容包括故障统计、性能指标、安全漏洞修复及优化建议。
P:7.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥100,800元，该费用在质保期满后三个维护年度内不上调。维护服务另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发形成的接口程序、预警模块、大屏页面、移动端应用及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证其提供的软件不侵犯第三方权利，因此引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台汇集的影院售票数据、场次数据、执法检查记录等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维访问须经堡垒机并留存日志，不得将数据导出至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、影院经营信息及本合同内容负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，乙方另行赔偿甲方损失。
P:11.3 乙方违反第九条或第十条约定的，应赔偿甲方因此遭受的全部损失，包括行政处罚、第三方索赔及调查处置费用。
P:11.4 甲方无正当理由逾期付款的，按有关规定承担责任。
H:第十二条 转包与分包
P:12.1 乙方不得转包本合同，亦不得将本合同任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除或终止后，乙方应在十日内向甲方移交全部数据、源代码及文档，删除其持有的数据副本并出具书面说明，配合甲方完成平台交接。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 双方的通知以书面形式送达本合同载明的地址，一方变更联系方式的，应在三日内书面通知对方，否则原地址送达视为有效。
P:15.3 附件：一、报价明细表；二、定制开发需求规格说明；三、服务响应承诺。
P:甲方（盖章）：某市文化和旅游局            乙方（盖章）：江城数视信息技术有限公司
P:签订日期：2026年  月  日
"""

H908Z02 = """T:生产线控制系统改造项目合同
P:合同编号：JB-ZD-2026-037
P:甲方（买方）：东阳市金冠奖杯制造有限公司
P:乙方（卖方）：浙江启衡自动化工程有限公司
P:甲方为提升压铸、抛光、电镀及装配四条生产线的自动化水平，委托乙方对生产线控制系统进行改造。双方经协商一致，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责拆除四条生产线原有继电器控制柜，更换为PLC控制系统，升级伺服驱动与人机界面，部署视觉检测模块和产线监控软件，并与甲方现有MES系统对接。
P:（二）乙方负责设备供货、运输、安装、程序编制、调试、试生产配合及操作培训，并提交电气图纸、控制程序源文件、参数清单和操作维护手册。
P:（三）改造须分线实施，每条线停产时间不超过七日，具体停产计划由双方书面确认。
P:（四）乙方提供的设备应为全新原厂正品，主要元器件的品牌和型号以技术协议为准，不得擅自替换；确需替换的，应事先取得甲方书面同意，且性能不低于原型号。
H:二、合同价格
P:（一）合同总价为人民币壹佰叁拾贰万元整（¥1,320,000.00），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|92,000|552,000
TB:2|伺服驱动器及电机|24套|8,500|204,000
TB:3|触摸屏（HMI）|6台|7,800|46,800
TB:4|工业以太网交换机|8台|4,600|36,800
TB:5|视觉检测模块|3套|38,000|114,000
TB:6|产线监控软件许可（含MES接口）|1套|186,000|186,000
TB:|软硬件小计|||1,139,600
TB:7|安装调试|||96,000
TB:8|控制程序编制及系统对接|||72,400
TB:9|操作及维护培训|||12,000
TB:|合计|||1,320,000
P:（二）上述价格含税、运输、保险、安装、调试及质保期内全部服务费用。
P:（三）本合同为固定总价合同，工程量的增减须经双方书面确认，未经确认的增项甲方不予支付。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥264,000元。
P:（二）全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的45%，即¥594,000元。到货签收仅确认数量和外观，不视为验收合格。
P:（三）四条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥462,000元。
P:（四）乙方每次收款前应开具等额增值税专用发票。
P:（五）甲方付款前发现乙方交付内容与合同约定不符的，有权暂缓支付相应款项，直至乙方纠正。
H:四、交付与工期
P:（一）乙方应在合同签订后四十五日内完成全部设备到货，九十日内完成四条生产线的改造和调试。
P:（二）乙方逾期完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金。因甲方未按计划停产造成延误的，工期相应顺延。
P:（三）乙方在甲方厂区施工应遵守甲方安全生产制度，动火、登高及带电作业须办理审批手续，施工期间因乙方原因造成的人身伤害和财产损失由乙方承担。
P:（四）乙方应为甲方操作工、电工及设备管理人员分批提供现场培训，每条线不少于两天，培训后受训人员应能独立完成开停机、参数调整和常见故障处理。
H:五、验收
P:（一）每条生产线改造完成后连续试生产十五日，验收标准为：控制系统按工艺要求全部动作正确；设备综合效率不低于改造前水平；视觉检测漏检数量符合技术协议；与MES的数据交互正确无误；试生产期间无因控制系统造成的停线事故。
P:（二）最终验收由甲方组织，依据技术协议和本条标准逐项检测，双方签署验收报告。设备投入试生产或甲方付款，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新验收，由此增加的费用由乙方承担。
P:（四）乙方应在申请最终验收前提交全部技术资料，资料不全的，甲方有权不组织验收。
P:（五）试生产期间，乙方应安排熟悉本项目的工程师驻厂值守，及时处理调试中发现的问题，并逐日记录处理情况，供验收时查验。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换及程序修改服务。
P:（二）质保期内，一级故障（整条生产线停线）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备故障）当日到达现场；三级故障（画面显示、报表等问题）两个工作日内解决。一级故障响应或到场每超时一小时，乙方支付人民币800元。
P:（三）质保期满后，乙方继续提供维保服务，服务内容包括定期巡检、故障维修、备品备件更换、程序维护和软件升级。维保年费为软硬件小计的28%，即每年¥319,088元，维保期内不作调整，按季度支付。
P:（四）质保期内乙方每季度巡检一次并提交巡检报告，并在甲方厂区存放常用备品备件，保证故障件及时更换。维保期内乙方的响应时限及违约责任与质保期相同。
H:七、知识产权
P:（一）PLC、伺服、视觉检测等设备自带的软件及产线监控软件标准版本的知识产权归其原权利人所有，甲方享有永久使用权。
P:（二）乙方为本项目编制的控制程序、组态画面、接口程序及其源文件归甲方所有，甲方可自行或委托他人修改和使用。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担费用。
H:八、数据安全
P:（一）生产线运行数据、工艺参数、产品图样及视觉检测图像等数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须事先经甲方同意，通过甲方指定的方式接入并记录操作日志；乙方不得在其设备或系统中留存甲方数据。
P:（三）发生数据泄露或因乙方原因导致数据丢失的，乙方应立即通知甲方，采取补救措施，并赔偿甲方全部损失。
P:（四）乙方人员离场或项目结束时，应交还全部账号、密码及存储介质，并删除其掌握的甲方数据。
H:九、保密
P:乙方对甲方的产品设计、工艺流程、客户信息等商业秘密负有保密义务，不得向任何第三方披露，保密期限自合同签订之日起至相关信息公开之日止。乙方应要求参与本项目的人员遵守本条约定。
H:十、分包
P:乙方不得转包本合同。设备吊装等辅助工作如需分包，须事先取得甲方书面同意，分包方应具备相应资质，乙方对分包方的行为承担连带责任。
H:十一、合同解除
P:（一）乙方逾期超过三十日，或交付设备经两次整改仍不合格，或有其他严重违约行为经催告后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）甲方逾期付款超过六十日的，乙方有权催告后解除合同。
P:（三）合同解除后，乙方应移交已完成部分的程序源文件、图纸和资料，并配合甲方恢复生产。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。争议期间，除争议事项外，双方应继续履行本合同其他条款。
H:十三、不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方协商延期履行或解除合同，各自承担损失。
H:十四、其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：                        乙方（盖章）：
P:日期：                                日期：
"""

H908Z03 = """越野驾驶培训门店预约及会员管理系统服务合同

合同编号：YX-IT-2026-0412
甲方：成都野途越野驾驶培训连锁有限公司
乙方：上海约课云科技有限公司

甲方在全国经营三十家越野车驾驶培训门店，需统一的课程预约、教练排班、会员储值及车辆调度系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方三十家门店提供“约课云”预约及会员管理系统的云端订阅服务，包括：
1. 学员端小程序：课程浏览、在线预约、改约退约、在线支付、电子合同签署；
2. 门店端：教练排班、场地及训练车辆调度、签到核销、课时统计；
3. 总部端：会员等级与储值管理、营销活动、门店经营报表、多门店数据汇总。
（二）乙方负责系统实施，包括门店组织架构及课程体系配置、历史会员及储值余额数据迁移、与甲方支付通道及短信平台的接口对接、门店人员培训。
（三）为甲方定制的小程序页面、报表模板及接口程序，随实施一并交付。
（四）乙方提供7×24小时客服热线及在线工单系统，并为甲方指定一名客户成功经理，负责日常沟通和问题跟踪。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统通过上线验收之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期届满本合同终止，不自动续期。甲方需要续订的，双方另行签订合同。
（三）服务期内乙方不得以版本升级为由减少本合同约定的功能。

三、合同价款
（一）合同总价为人民币壹佰贰拾肆万元整（¥1,240,000元），其中：
1. 订阅服务费：每家门店每个服务年度16,800元，三十家门店每个服务年度504,000元，两个服务年度合计1,008,000元；
2. 实施费：186,000元；
3. 接口对接费：46,000元。
（二）服务期内新增门店的，按每家门店每个服务年度16,800元按月折算，订阅单价不作上调；门店关闭的，自关闭次月起按月折算扣减订阅服务费。
（三）上述价格已包含税费、云资源费用及服务期内的版本升级费用；短信费按实际发送量由甲方直接与短信平台结算。

四、付款方式
（一）实施费和接口对接费在系统通过上线验收后十五个工作日内一次性支付。
（二）订阅服务费按季度支付，每季度126,000元，在每季度结束后十五个工作日内，甲方根据当季服务水平考核结果支付。
（三）乙方应在收款前开具等额增值税专用发票。

五、实施与上线验收
（一）乙方应在合同签订后六十日内完成全部门店的配置、数据迁移和接口对接，并提交上线验收申请。
（二）上线验收标准：
1. 三十家门店全部开通，预约、支付、签到核销、课时扣减流程经测试全部通过；
2. 迁移后的会员信息、储值余额和剩余课时与甲方原系统逐条核对一致；
3. 学员端在五百人同时在线预约时，页面响应时间不超过两秒；
4. 支付对账、短信通知与甲方现有平台联调通过，连续七日无差错。
（三）验收由甲方组织，双方签署验收报告。系统开通试用或甲方门店开始使用，均不视为验收合格。不合格的，乙方应在七日内整改后重新验收。
（四）乙方应在上线前对门店店长、前台及教练分批开展培训，提供操作手册和培训视频，总部管理员培训不少于两次。

六、服务水平
（一）乙方保证系统月度可用率不低于99.5%。计划内维护应提前两个工作日通知甲方，并安排在凌晨零点至六点进行，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录、预约或支付中断）：30分钟内响应，2小时内恢复；
2. 二级故障（单项功能异常或部分门店无法使用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：次工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，乙方按当季订阅服务费的5%扣减；一级故障未按时恢复的，每超过一小时扣减人民币500元。扣减从当季应付款中直接扣除。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方进行版本升级的，应提前五个工作日通知甲方，升级不得影响门店正常营业，并保证已有数据和定制功能正常使用。

七、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）本合同第一条第（三）项所列定制小程序页面、报表模板及接口程序的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或交由第三方使用。
（三）乙方保证其提供的系统和服务不侵犯第三方的知识产权，因此引起的索赔由乙方负责处理并承担费用。

八、数据安全
（一）甲方及其学员在系统中产生的会员信息、预约记录、支付记录、训练记录等数据均归甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，落实访问控制、加密存储、操作日志和定期备份措施，系统须通过网络安全等级保护二级测评。
（三）学员个人信息的处理应符合《个人信息保护法》要求。发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任，包括甲方对学员的赔偿和监管处罚。
（四）服务期届满或合同解除后三十日内，乙方应按甲方要求的格式导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。
（五）乙方人员访问生产环境数据须经甲方授权并留存记录。乙方每个服务年度向甲方提供第三方安全评估报告，发现高危漏洞应在七日内修复。

九、违约责任
（一）乙方未按期通过上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方提供的服务不符合本合同约定的，甲方有权要求整改，并按第六条扣减服务费。
（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
（四）乙方违反第八条约定的，除赔偿损失外，甲方有权解除合同。

十、合同解除
（一）乙方严重违约，包括连续两个月可用率低于承诺值、发生重大数据安全事件或逾期上线超过三十日的，甲方可书面通知解除合同，乙方应退还已付但未履行期间的费用并赔偿损失。
（二）甲方逾期付款超过六十日，经书面催告仍未支付的，乙方可暂停服务，但应提前十日书面通知甲方。
（三）合同解除后，乙方应按第八条第（四）项移交数据。

十一、分包
乙方不得将本合同服务转包。如需将部分实施工作分包，应事先取得甲方书面同意，乙方对分包方的行为承担全部责任。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，中断期间的订阅服务费按实际中断天数扣减。不可抗力持续超过三十日的，双方均可解除合同。

十四、其他
双方的通知以书面形式送达本合同首页所列地址或指定电子邮箱。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：成都野途越野驾驶培训连锁有限公司
乙方（盖章）：上海约课云科技有限公司
日期：2026年  月  日
"""

H908Z04 = """灌区量测水监控系统运行维护服务合同

项目名称：青溪灌区量测水监控系统2027年度运行维护服务
采购方式：竞争性磋商
合同编号：QXSL-YW-2027-01

甲方：某县水利局
乙方：湖北汇川水利信息技术有限公司

根据青溪灌区量测水监控系统运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方就该系统的运行维护服务订立本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

第一条 服务对象
本合同运维对象为甲方已建成的青溪灌区量测水监控系统，该系统于2023年建成投入使用，目前运行正常，包括：
1. 干支渠量测水站点128处（明渠流量计、超声波水位计、雨量计及太阳能供电设备）；
2. 远程控制闸门18座（闸位计、启闭机控制柜、现地控制单元）；
3. 视频监控点46处；
4. 灌区监控中心平台软件、数据库服务器、存储设备及网络安全设备；
5. 站点至监控中心的无线通信链路及光纤链路。
系统设备清单及分布见附件一。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期届满本合同终止，是否续签由甲方根据考核结果和采购程序决定，本合同不自动续期。乙方应在合同签订后五日内进场，完成现有系统状况的交接检查，双方签署交接记录。

第三条 服务内容
1. 日常巡检：每季度对全部站点现场巡检不少于一次，灌溉高峰期（4月至9月）对干渠站点每月巡检一次，填写巡检记录并拍照存档；
2. 设备维护：传感器清洁校准、太阳能板及蓄电池检查更换、防雷接地检测、闸门控制柜保养；
3. 平台运维：服务器、数据库及平台软件的日常监控、备份、补丁更新和性能优化；
4. 故障处理：按第五条时限处理各类故障，更换损坏的零部件（单件价格在3,000元以下的由乙方承担）；
5. 汛前全面检修：在2027年4月20日前完成全部站点及闸门的汛前检修，并提交检修报告；
6. 数据整编：每月整编量测水数据，核查异常值，按甲方要求报送用水统计报表；
7. 技术培训：每半年为甲方管理人员开展一次操作培训；
8. 应急保障：汛期及灌溉高峰期，乙方应安排专人值守，配合甲方开展防汛调度和应急抢修，接到通知后2小时内到达指定地点；
9. 备品备件：乙方应建立备品备件库，常用传感器、通信模块和蓄电池的储备数量不少于在用数量的5%；
10. 安全作业：乙方人员在渠道、闸站作业须遵守水利工程安全管理规定，配备救生衣等防护用品，因乙方原因发生的安全事故由乙方自行负责。

第四条 合同价款及支付
1. 年度运维服务费为人民币伍拾柒万陆仟元整（¥576,000元），包含人工、交通、工具、耗材、零部件及税费。
2. 服务费按季度支付，每季度144,000元。每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费，扣减额从当季服务费中扣除。
3. 本合同不设预付款。乙方收款前应开具合法有效的发票。
4. 服务期内乙方不得以人工或材料涨价为由要求调整服务费。

第五条 服务水平
1. 乙方应设立7×24小时服务热线，在灌区所在县城设立运维驻点，常驻运维人员不少于3名。
2. 一级故障（监控中心平台无法运行，或干渠10处以上站点同时中断）：乙方应在1小时内响应，8小时内恢复；
3. 二级故障（单个站点或单座闸门故障）：2小时内响应，24小时内到场，48小时内恢复；
4. 三级故障（数据异常、报表错误等）：次工作日内处理完毕。
5. 一级故障响应或恢复每超时一小时，扣减服务费300元；二级故障每超时一日，扣减服务费200元。
6. 乙方每月5日前提交上月运维月报，内容包括设备完好情况、故障统计、处理记录及改进建议。
7. 乙方运维人员应具备相应技能，名单报甲方备案；人员变更须提前七日通知甲方并经甲方认可。
8. 乙方应每日检查平台运行和站点数据上报情况，发现数据中断应主动处理，不得等待甲方通知。

第六条 考核与验收
1. 甲方每季度对乙方服务进行考核，考核内容包括：巡检完成情况及记录完整性；故障是否均在第五条时限内处置；数据整编及报表报送是否按时准确；驻点人员到岗情况。考核得分低于80分的，每低1分扣减当季服务费1,000元。
2. 服务期满后，甲方组织年度服务验收，验收标准为：四个季度考核均合格；汛前检修报告经甲方审核通过；全部设备运行台账、巡检记录、维修记录和备份数据完整移交。验收中发现的问题，乙方应在十五日内整改完毕。验收合格后双方签署验收报告。
3. 乙方提交的记录存在弄虚作假的，当季考核按不合格处理。
4. 甲方在考核中发现问题的，书面通知乙方限期整改，乙方应在规定期限内整改完毕并报甲方复核。

第七条 数据安全
1. 量测水数据、闸门控制数据、视频资料及系统配置等全部数据归甲方所有。乙方仅为履行运维服务使用，不得复制、留存或用于其他目的。
2. 乙方应落实网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，操作全程留存日志；闸门远程控制操作须经甲方调度人员确认。
3. 发生数据泄露、篡改、丢失或非授权控制闸门等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
4. 服务期满或人员离场时，乙方应交还全部账号和权限，删除其掌握的甲方数据，并出具书面说明。

第八条 保密
乙方对履行本合同中知悉的水利工程设施信息、调度方案及系统账号密码负有保密义务，未经甲方书面同意不得向第三方透露，本合同终止后保密义务继续有效。乙方应要求其运维人员签署保密承诺书，人员离职不免除乙方的责任。

第九条 知识产权
运维过程中形成的巡检记录、检修报告、运维脚本、配置文档等成果归甲方所有。乙方保证其使用的工具和软件不侵犯第三方权利。乙方针对系统缺陷提出的改进方案经甲方采纳后形成的成果，亦归甲方所有。

第十条 违约责任
1. 乙方未按期进场或未在第三条约定期限内完成汛前全面检修的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方因运维不当造成设备损坏的，应负责修复或照价赔偿。
3. 甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付利息。
4. 乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的全部损失；违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 不可抗力
因洪水、地震等不可抗力造成设备损毁或服务中断的，乙方应及时通知甲方并配合抢修，不可抗力期间的故障时限不计入考核。零部件以外的大修费用由双方另行协商。不可抗力消除后，乙方应在三日内恢复正常服务，对受损设备进行全面检查并提交检查报告。

第十三条 争议解决
因本合同引起的争议，双方友好协商；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方继续履行本合同。

第十四条 其他
本合同未尽事宜，依照磋商文件和响应文件执行；仍不明确的，双方签订补充协议。双方的通知以书面形式送达本合同所列地址。本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：                    乙方（盖章）：
法定代表人或授权代表：            法定代表人或授权代表：
签订日期：2026年  月  日
"""

H908Z05 = """# 石纹云工序追踪系统软件许可及定制开发合同

> 杭州石纹云软件有限公司 标准合同文本 V3.0（乙方提供）

合同编号：SWY-2026-HT-0931

甲方（用户）：灵璧县云岫奇石工作室

乙方（开发方）：杭州石纹云软件有限公司

甲方拟使用乙方“石纹云工序追踪系统”管理奇石的采集入库、清洗、切割打磨、配座、拍摄建档及销售出库等工序，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，经友好协商，签订本合同。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的石纹云工序追踪系统标准版及其后续版本。

1.2 “定制开发成果”指乙方根据甲方需求在标准软件基础上开发的功能模块、页面、接口及相关文档。

1.3 “上线”指系统部署完成并开放给甲方用户登录使用。

1.4 “工作日”指中华人民共和国法定工作日，不含周六、周日及法定节假日。

1.5 “维护期”指本合同第7.1款约定的免费维护期间。

## 第二条 合同内容与价款

2.1 乙方向甲方提供标准软件使用许可（20个用户），并开发以下定制功能：奇石一石一码建档及扫码追踪、工序流转与计件统计、石种及尺寸参数库、客户订单与发货看板、与甲方网店的订单同步接口。

2.2 合同总价为人民币肆拾叁万元整（¥430,000元），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（20用户） | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署实施及培训 | 26,000 |
| | 合计 | 430,000 |

2.3 上述价格不含甲方自备的服务器、扫码枪、标签打印机等硬件，以及第三方短信、云存储费用。

2.4 用户数超过20个的，甲方应按乙方届时报价另行购买增加的许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥279,500元，乙方收到款项后启动开发。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥150,500元。

3.3 甲方逾期付款的，乙方有权暂停开发或服务，工期相应顺延，甲方每逾期一日按应付金额的千分之一支付滞纳金。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 开发与交付

4.1 乙方在收到首期款后七十五日内完成开发和部署。需求以双方确认的需求说明书为准，需求说明书确认后甲方提出的变更，乙方有权另行收费并顺延工期。乙方可根据开发进度调整交付计划，并以书面或电子邮件方式通知甲方。

4.2 甲方应按乙方要求及时提供石种分类、工序定义、历史台账等资料，并指定专人配合测试。因甲方资料提供延迟造成的延误，乙方不承担责任。

4.3 乙方交付可执行程序及用户手册。源代码不属于交付范围。

4.4 乙方负责在甲方提供的服务器上安装系统并完成初始化配置，对甲方操作人员进行一次集中培训（不超过一天），超出部分按人天另行收费。

4.5 甲方应确保运行环境符合乙方要求的配置，妥善保管账号密码，因甲方账号管理不善造成的损失由甲方承担。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在维护期内按第七条处理，不影响验收结论及付款。

5.3 甲方在乙方通知上线后十日内未登录使用的，视为系统已上线。

## 第六条 知识产权

6.1 标准软件及定制开发成果（包括程序、页面、接口、数据模型及文档）的全部知识产权均归乙方所有。

6.2 乙方授予甲方在本合同范围内非独占、不可转让的使用权。甲方不得对软件进行修改、反向工程，或将定制开发成果提供给任何第三方使用。

6.3 乙方有权将定制开发成果纳入标准软件，向其他客户提供。

6.4 甲方在使用过程中提出的改进建议，乙方可无偿采纳并用于标准软件。

## 第七条 维护服务

7.1 乙方自系统上线之日起提供六个月免费维护，内容包括缺陷修复、远程技术支持和小版本升级。

7.2 免费维护期内，甲方报告的一级故障（系统无法登录或扫码追踪中断），乙方在8小时内响应；其他问题在三个工作日内响应。故障等级由乙方根据实际情况判定。乙方以远程方式处理为主，确需现场处理的，差旅费由甲方承担。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方当年公布的价格标准收取。未签订维护协议的，乙方不再提供任何支持。

7.4 以下情形不属于维护范围：甲方自行修改配置、硬件故障、操作系统或数据库问题、甲方网络原因导致的故障及甲方新增需求。乙方发布新的大版本时，甲方如需升级，应另行支付升级费用。

## 第八条 数据

8.1 甲方在系统中录入的奇石档案、工序记录、客户及订单信息由甲方负责其合法性。

8.2 乙方采取防火墙、访问权限控制、数据加密和每日备份等措施保护系统数据安全，因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，发生安全事件时乙方应在24小时内通知甲方。

8.3 甲方同意，乙方可对甲方数据进行脱敏处理后用于产品改进、行业分析及算法训练，脱敏后的数据及分析结果归乙方所有。

8.4 合同终止后，乙方保留甲方数据九十日，期满后乙方有权删除，甲方应在此之前自行导出。

## 第九条 保密

双方对在合作中获知的对方商业信息负有保密义务，未经对方同意不得向第三方披露，但法律法规另有规定或第八条第8.3款约定的情形除外。保密义务在本合同终止后两年内有效。乙方可在其宣传资料及客户名单中使用甲方名称和标识。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任总额，以合同总价的50%为限。乙方不对甲方的间接损失、利润损失或数据损失承担责任。

10.3 因甲方提供资料错误、操作不当导致系统运行异常的，乙方不承担责任。

10.4 甲方违反第六条约定的，应按合同总价的两倍向乙方支付违约金。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已付款项不予退还。

11.3 合同解除后，甲方应立即停止使用软件并删除全部副本。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、第三方云服务中断或黑客攻击导致的服务中断，乙方不承担责任。受影响一方应及时通知对方。不可抗力持续超过六十日的，任何一方可解除合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。争议解决期间，乙方有权暂停服务。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，以乙方官网公布的《用户服务协议》为准，乙方有权对该协议进行更新。

14.3 甲方确认已仔细阅读本合同全部条款，乙方已就免除或限制责任的条款作出充分说明。

14.4 以电子邮件方式发送的通知，发出即视为送达。

14.5 本合同附件：需求说明书、报价单。

甲方（盖章）：灵璧县云岫奇石工作室

乙方（盖章）：杭州石纹云软件有限公司

日期：____年__月__日
"""

H908E01 = """T:Software Licence and Services Agreement
P:Agreement No. AW-CN-2026-044
P:This Agreement is made between Changzhou Hengrui Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Buyer"), and Allerwerk Software GmbH, a company registered in Germany with its seat at Celle, Lower Saxony (the "Vendor").
P:The Vendor publishes the AllerQ computer-aided quality (CAQ) software. The Buyer wishes to acquire a perpetual licence to AllerQ for its machining plant and to have the Vendor implement it, connect it to the Buyer's systems and train the Buyer's staff. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AllerQ modules listed in Annex 1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including interface programs, report templates, inspection plan templates, configuration scripts, data migration scripts and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software at the Buyer's sites, including measurement results, inspection plans, supplier quality records, customer complaints and personal data of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.5 "Severity 1 Incident" means a fault that stops the Software for all users of a plant or prevents the release of parts to shipping.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers for 180 named users and unlimited measuring stations at the Buyer's plants in Changzhou and any affiliate of the Buyer in mainland China.
P:2.2 The Vendor shall perform the implementation services described in Annex 2: configuration of the quality processes, migration of inspection plans and measurement history from the Buyer's legacy system, interfaces to the Buyer's ERP and MES systems and to 46 coordinate and surface measuring machines, user training and go-live support.
P:2.3 The Buyer may make backup and test copies of the Software.
H:Article 3 Price
P:3.1 The total price is CNY 2,100,000 (the "Contract Price"), fixed and inclusive of VAT, travel and all expenses, made up of:
P:(a) Licence Fee for the Software: CNY 1,380,000;
P:(b) implementation and data migration services: CNY 520,000;
P:(c) ERP, MES and measuring machine interfaces: CNY 164,000;
P:(d) training: CNY 36,000.
P:3.2 All amounts are payable in CNY to the Vendor's account with a bank in Shanghai designated in the invoice.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 420,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 945,000) within 30 days after the Software goes live in all plants and the Buyer has signed the go-live record. Go-live is not acceptance.
P:4.3 The remaining 35% of the Contract Price (CNY 735,000) within 30 days after Final Acceptance.
P:4.4 The Buyer may withhold any payment for work that does not conform to this Agreement until the Vendor has remedied the non-conformity.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 15 days after signature and achieve go-live in all plants within 120 days after signature, in accordance with the project plan in Annex 2.
P:5.2 After go-live the Software shall run in production for 45 consecutive days. Acceptance criteria are: (a) every function listed in Annex 1 passes the agreed test cases; (b) migrated inspection plans and measurement history reconcile with the legacy system record by record; (c) all interfaces transfer data without error over ten consecutive working days; (d) inspection result screens open in under two seconds with 150 concurrent users; and (e) no Severity 1 Incident occurs during the last 30 days of the production run.
P:5.3 When the criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten working days. If a criterion is not met, the Vendor shall remedy the defect within 15 days and the test shall be repeated. Use of the Software in production, go-live or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and to this Agreement for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects free of charge and supply all updates and new releases of the Software.
P:6.2 During the Warranty Period the Vendor shall respond to a Severity 1 Incident within one hour and provide a workaround within eight hours, by remote access or on site. Other incidents shall receive a response on the next working day.
P:6.3 For each hour by which the Vendor misses the response or workaround time for a Severity 1 Incident, the Vendor shall pay the Buyer CNY 1,000 as a service credit, which the Buyer may deduct from any payment due.
P:6.4 After the Warranty Period the Buyer may order annual support, with the same service levels and service credits as in Articles 6.2 and 6.3. The annual support fee shall be 11% of the Licence Fee (CNY 151,800 per year) and is fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code with each release. The Buyer may use, modify and license the Custom Deliverables freely, including to its affiliates and contractors.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights and shall bear all costs of defending such a claim.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers in China. The Vendor's staff may access the Buyer's systems only through the Buyer's VPN, with an account approved by the Buyer for each session, and every session is logged. Buyer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall keep its own systems used for this project protected by appropriate technical and organisational measures.
P:8.4 The Vendor shall notify the Buyer of any actual or suspected security breach affecting Buyer Data within 12 hours of becoming aware of it, shall cooperate in the investigation and remediation, and shall be liable for all losses caused by a breach attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's drawings, process data and customer information, and shall use it only to perform this Agreement.
P:9.2 These obligations continue for three years after the end of this Agreement and do not apply to information that is public or must be disclosed by law.
H:Article 10 Liquidated Damages
P:10.1 If the Vendor fails to achieve go-live or Final Acceptance by the dates in Annex 2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to liability for personal injury, wilful misconduct or gross negligence, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Buyer may also terminate by written notice if liquidated damages under Article 10 reach their maximum.
P:13.3 On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for services not accepted, deliver all Custom Deliverables completed so far and return or destroy all Buyer Data in its possession.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event lasts longer than 60 days, either party may terminate the affected part of this Agreement.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 The courts competent for Celle, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:Article 16 General
P:16.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:Annex 1: Software modules and licence metrics. Annex 2: Implementation services and project plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H908E02 = """# Order Form No. FA-2026-0187 — Ferndorf Energy Cloud

**Provider:** Ferndorf Analytics GmbH, Siegen, North Rhine-Westphalia, Germany, acting through its branch office in Shanghai

**Customer:** Foshan Nanhai Huaxin Plastics Co., Ltd., Nanhai District, Foshan, Guangdong Province, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Services

Ferndorf Energy Cloud, Enterprise tier: energy metering dashboards, compressed-air and chiller analytics, load forecasting, carbon reporting and alarm management for the Customer's six injection-moulding and extrusion sites in Guangdong (the "Sites"), for up to 60 named users, together with one site connector per Site that collects data from the Customer's electricity, gas, water and compressed-air meters.

### A2. Subscription Term

The Subscription Term starts on the Go-Live Date and runs for 24 months (the "Initial Term"), divided into two Subscription Years. The Go-Live Date is the date of Onboarding Acceptance under A4. The Provider shall achieve Onboarding Acceptance within 75 days after signature of this Order Form.

### A3. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Initial Term (CNY) |
|---|---|---|---|
| Platform subscription, Enterprise tier | 60 named users | 360,000 | 720,000 |
| Site connectors | 6 Sites x CNY 18,000 | 108,000 | 216,000 |
| Onboarding and configuration | one-time | — | 96,000 |
| Administrator and user training | one-time | — | 24,000 |
| **Total Contract Value** | | | **1,056,000** |

All fees are in CNY and include VAT. Fees for additional named users are charged pro rata at the unit rate above.

### A4. Onboarding, Acceptance and Invoicing

(a) Onboarding covers: installation of the site connectors; mapping of 420 meters; configuration of dashboards, alarms and reports for each Site; single sign-on with the Customer's directory; import of 24 months of historical meter readings; and training.

(b) Onboarding Acceptance criteria: all 420 meters transmit readings at the agreed interval for ten consecutive days; monthly consumption per Site reconciles with the utility invoices to within 2%; every report listed in the onboarding plan can be produced; single sign-on works for all named users; and the historical import is complete. The Customer shall confirm Onboarding Acceptance in writing within five working days after the criteria are met, or state which criteria are not met.

(c) The onboarding and training fees are invoiced after Onboarding Acceptance. Subscription and site connector fees are invoiced quarterly in advance from the Go-Live Date, at CNY 117,000 per quarter. Invoices are payable within 30 days.

(d) If Onboarding Acceptance is delayed beyond the date in A2 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay, deductible from any fees due.

### A5. Service Levels

(a) Availability: the Services shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

(b) Support: Priority 1 incidents (Services unavailable for all users, or data collection stopped at one or more Sites) receive a response within 30 minutes and are worked continuously until resolved. Priority 2 incidents receive a response within two hours; Priority 3 requests within one business day. Support is provided in Chinese and English.

(c) Service credits: for each full 0.1 percentage point by which monthly availability falls below the commitment in (a), the Customer receives a credit of 5% of the monthly share of the platform subscription fee, and for each hour by which a Priority 1 response is late, a credit of CNY 800. Credits are deducted from the next invoice.

### A6. Renewal and Special Conditions

(a) At the end of the Initial Term, the subscription renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

(b) For any renewal term, the Provider may increase the fees by giving the Customer written notice at least 60 days before the renewal term starts; the increased fees apply from the start of that renewal term.

(c) The Customer's purchase order number must appear on every invoice.

Signed for the Provider: ____________________ Name / Title / Date

Signed for the Customer: ____________________ Name / Title / Date

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Services" means the subscribed services in A1, including the site connectors, the hosted platform and support.

1.2 "Customer Data" means all data that the Customer or the site connectors submit to the Services, and all reports and analyses generated from that data for the Customer.

1.3 "Customer Configurations" means the dashboards, alarm rules, report templates and meter mappings created for the Customer during onboarding or the Subscription Term.

### 2. Provision of the Services

2.1 The Provider shall provide the Services in accordance with this Order Form and the documentation, using qualified personnel.

2.2 The Provider may improve the Services during the Subscription Term, but shall not materially reduce the functions subscribed in A1.

2.3 The Services are hosted in the Alibaba Cloud Shanghai region. The Customer approves this hosting arrangement by signing Part A.

### 3. Customer Obligations

3.1 The Customer shall provide network connectivity at each Site, access to the meters and a contact person for onboarding.

3.2 The Customer is responsible for the use of the Services by its named users and shall not resell the Services.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services to the Customer and shall not use it for any other purpose, nor provide it to any third party.

4.2 The Customer may export Customer Data at any time in CSV format. Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data to the Customer in that format and then delete it.

### 5. Intellectual Property

5.1 The Services, the site connector software and all related know-how remain the property of the Provider. The Customer receives the right to use the Services during the Subscription Term.

5.2 Customer Configurations belong to the Customer. The Customer may export them and use, modify and license them freely, including with another provider.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public information of the other party received in connection with this Order Form, including the Customer's production volumes, energy costs and site layouts, and shall use it only for the purposes of this Order Form.

6.2 This obligation lasts during the Subscription Term and for three years afterwards. It does not apply to information that is or becomes public without fault of the receiving party, or that must be disclosed by law.

### 7. Warranties

7.1 The Provider warrants that the Services will perform materially in accordance with the documentation and that onboarding will be performed with reasonable skill and care.

7.2 The Provider shall indemnify the Customer against claims that the Services infringe third-party intellectual property rights.

### 8. Limitation of Liability

8.1 The Provider's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss, or for loss of profit.

8.3 The limits in this section do not apply to personal injury caused by negligence or to wilful misconduct.

### 9. Subcontracting and Assignment

9.1 Apart from the hosting arrangement approved in section 2.3, the Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

9.2 Neither party may assign this Order Form without the other party's prior written consent.

### 10. Term and Termination

10.1 This Order Form runs for the Subscription Term, including any renewal term under A6.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

10.3 If the Customer terminates under 10.2, the Provider shall refund any prepaid fees for the period after termination.

10.4 Sections 4, 5, 6 and 8 survive termination.

### 11. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control. The affected party shall notify the other party promptly and resume performance as soon as possible.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 13. General

13.1 Notices must be in writing and sent to the addresses in Part A or to an email address designated in writing.

13.2 This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
"""

H908E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. XJC-EQ-2026-219
P:Buyer: Hunan Xiangjiang Cement Co., Ltd., Xiangtan, Hunan Province, People's Republic of China (the "Buyer").
P:Supplier: Weserblick Sensorik GmbH, Hameln, Lower Saxony, Germany, represented for this Contract by its authorised representative office in Shanghai (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer is purchasing wireless vibration and temperature sensors, gateways, edge servers and a perpetual licence of the Supplier's condition monitoring software for the kilns, mills, fans and conveyors of its two clinker lines, together with installation and configuration services.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's WeserSense condition monitoring software, including its analytics and alarm modules, in the version current at delivery, and all updates supplied under this Contract.
P:1.3 "Asset Models" means the machine hierarchies, sensor mappings, alarm thresholds, diagnostic rules and report templates configured for the Buyer's plant.
P:1.4 "Plant Data" means all measurements, alarms, diagnoses and other data collected or generated by the Equipment and the Software at the Buyer's plant.
P:1.5 "Final Acceptance" means the signed certificate issued under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission the Equipment on 180 measuring points, install the Software on the edge servers, configure the Asset Models, integrate the alarms with the Buyer's distributed control system and train the Buyer's maintenance staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software at the Buyer's Xiangtan plant for up to 200 monitored assets.
P:2.3 The Supplier shall provide installation drawings, a measuring point list, operating manuals in Chinese and the Asset Models in exportable form.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese and is available on site during installation and commissioning.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,460,000, inclusive of VAT, packing, transport to the Buyer's plant, insurance, customs clearance and all services, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|180|3,200|576,000
TB:2|Industrial gateways|12|14,500|174,000
TB:3|Edge servers|2|46,000|92,000
TB:4|WeserSense software licence, perpetual, 200 assets|1|368,000|368,000
TB:|Hardware and Licence Subtotal|||1,210,000
TB:5|Installation and commissioning|1 lot|138,000|138,000
TB:6|Asset Model configuration and DCS integration|1 lot|86,000|86,000
TB:7|Training|1 lot|26,000|26,000
TB:|Contract Price|||1,460,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rate changes or any other reason.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 146,000) within 20 days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in China for the same amount.
P:4.2 55% of the Contract Price (CNY 803,000) after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and physical installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 511,000) within 30 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY against a valid VAT invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 100 days after signature, at times agreed with the Buyer's production department so that kiln operation is not interrupted.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct liquidated damages from any payment.
P:5.3 Supplier personnel on site shall comply with the Buyer's safety rules, including permit-to-work procedures for work at height and near rotating machinery.
P:5.4 The Supplier shall remove packaging and waste from the site at its own cost and leave the work areas clean after each stage of installation.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 30 consecutive days as a trial run.
P:6.2 The acceptance criteria are: (a) all 180 measuring points transmit data at the specified interval, with no sensor offline for more than one day in total during the trial run; (b) measurements of ten reference points agree with the Buyer's calibrated portable analyser within the tolerance in the technical specification; (c) alarms appear in the distributed control system within ten seconds; (d) the Asset Models and reports listed in the technical specification are complete; and (e) the Buyer's staff have completed training.
P:6.3 When the criteria are met, the parties shall sign the Final Acceptance certificate within seven days. If any criterion is not met, the Supplier shall correct the defect at its own cost and the trial run shall be repeated for the affected items. Delivery, installation, use of the system or any payment does not constitute acceptance.
H:7. Warranty and After-Sales Service
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge.
P:7.2 During the Warranty Period, for a Severity 1 fault (loss of monitoring on a complete clinker line or on the kiln main drive), the Supplier shall respond within one hour and have an engineer on site within 24 hours. Other faults shall receive a response within one working day.
P:7.3 For each hour by which the Supplier misses the Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 600, deductible from any amount due.
P:7.4 After the Warranty Period, the Buyer may order annual support with the same service levels. The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 108,900 per year, and is fixed for the first two years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The Asset Models and all other configuration and integration work created for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely, including for other plants and with other suppliers.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Equipment or the Software infringes intellectual property rights.
H:9. Plant Data and Data Security
P:9.1 Plant Data belongs to the Buyer. The Supplier shall use Plant Data only to perform this Contract and shall not copy, retain or use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The edge servers are installed in the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's jump server with logging. No Plant Data may be sent outside the Buyer's network without the Buyer's written approval.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, shall deliver Equipment with firmware free of known critical vulnerabilities and shall provide security patches during the Warranty Period.
P:9.4 The Supplier shall report any security incident affecting Plant Data or the Buyer's systems within eight hours, shall assist in containing it and shall be liable for all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production figures and network that it receives under this Contract and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for three years after the end of the Warranty Period.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price.
P:11.2 The limit does not apply to personal injury, wilful misconduct, infringement under clause 8.3 or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if liquidated damages reach their maximum.
P:13.2 On termination under clause 13.1 the Supplier shall refund all amounts paid for items not accepted and compensate the Buyer's losses.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. The parties shall then agree an adjusted schedule. If force majeure lasts longer than 60 days, either party may terminate the unperformed part of this Contract.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Measuring Point List) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H908E04 = """# Managed Infrastructure Services Agreement

**Agreement No.:** CJL-MS-2026-07

**Customer:** Wuhan Changjiang Cold-Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China ("Customer")

**Provider:** Spreetal IT Services GmbH, Bautzen, Saxony, Germany, performing in China through its wholly owned subsidiary Spreetal IT Services (Wuhan) Co., Ltd., which is jointly and severally liable with it ("Provider")

**Background.** Customer operates 14 refrigerated warehouses and two server rooms in central China. Customer wishes to outsource the operation of its network, server and backup infrastructure to Provider for 36 months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Start Date" means the day after Transition Acceptance under Section 4.

1.3 "Term" means 36 months from the Service Start Date.

1.4 "Customer Data" means all data stored on, processed by or passing through the infrastructure managed by Provider, including temperature logs, warehouse management data, customer shipment records and personal data of Customer's staff and drivers.

1.5 "Deliverables" means the runbooks, network diagrams, configuration baselines, monitoring rules, scripts and reports produced by Provider for Customer.

## Section 2 Services

2.1 Provider shall perform the Services in accordance with this Agreement and the Schedules, with qualified and vetted personnel, and in compliance with Customer's information security policies as notified to Provider.

2.2 Provider shall keep a service desk staffed around the clock throughout the Term and a team of at least four engineers based in Wuhan.

2.3 Provider shall give Customer monthly service reports and attend a monthly service review meeting and a quarterly steering meeting.

## Section 3 Term

3.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties, with charges agreed at that time.

## Section 4 Transition and Acceptance

4.1 Provider shall complete the transition described in Schedule 1, Part A within 60 days after signature.

4.2 Transition Acceptance criteria are: (a) every device in the asset register is discovered by Provider's monitoring tools and alerts reach the service desk; (b) the runbooks and network diagrams are reviewed and approved by Customer; (c) a full restore test from backup succeeds for each critical system listed in Schedule 1; (d) the service desk has handled live tickets for 14 days in parallel with Customer's team without a missed response time; and (e) privileged access is fully moved to Customer's jump server.

4.3 Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or list the unmet criteria. Provider's start of operations before that date is not acceptance.

4.4 If Transition Acceptance is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay as liquidated damages, up to CNY 120,000.

## Section 5 Service Levels

5.1 Provider shall meet the service levels in Schedule 2. Service levels are measured by Provider's monitoring tools, to which Customer has read access, and are reported monthly.

5.2 If a service level is missed, Provider shall grant the service credits in Schedule 2, which Customer deducts from the next invoice. Service credits do not limit Customer's other rights.

5.3 If the same service level is missed in three consecutive months, Provider shall present a remediation plan within ten days.

## Section 6 Charges and Payment

6.1 The charges are set out in Schedule 3. They are fixed for the Term and include VAT, travel and all tools used by Provider.

6.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer shall pay undisputed invoices within 30 days.

6.3 Customer may withhold disputed amounts in good faith and shall notify Provider of the dispute within ten days after receiving the invoice.

## Section 7 Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's documented instructions, and shall not use it for any other purpose, including in anonymised or aggregated form.

7.2 Provider shall access Customer's systems only through Customer's jump server with individual named accounts and multi-factor authentication, shall not store Customer Data outside Customer's infrastructure, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer of any security incident affecting Customer Data or the managed infrastructure within two hours after detection, contain it, support the investigation and bear all losses caused by an incident attributable to Provider, including regulatory fines.

7.4 At the end of the Term Provider shall hand over all credentials and Deliverables and confirm in writing that it holds no Customer Data.

## Section 8 Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. Provider shall in particular protect Customer's network design, passwords and customer lists.

8.2 This obligation continues for three years after the end of the Term.

## Section 9 Intellectual Property

9.1 Provider's pre-existing tools and methods remain Provider's property.

9.2 All Deliverables belong to Customer. Customer may use, modify and license them freely, including with a successor provider.

## Section 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges in Schedule 3.

10.2 The limit does not apply to personal injury, wilful misconduct, or breach of Sections 7 and 8.

## Section 11 Personnel and Subcontracting

11.1 Provider shall name a service delivery manager who is Customer's single point of contact and may be replaced only with Customer's agreement.

11.2 Provider may subcontract any part of the Services, including on-site hands-and-eyes support at the warehouses, to subcontractors of its choice by giving Customer 15 days' written notice. Provider remains responsible for its subcontractors.

11.3 Provider shall ensure that the personnel of its subcontractors comply with Sections 7 and 8 and with Customer's site rules.

## Section 12 Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if the availability service level is missed in three consecutive months.

12.2 Provider may terminate if Customer fails to pay undisputed charges for more than 60 days after a written reminder.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days free of charge, and after that at the rate in Schedule 3, hand over all Deliverables and credentials and cooperate with any successor provider.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 14 General

14.1 Changes to the Services or the Schedules require a written change request signed by both parties.

14.2 Schedules 1 to 3 form part of this Agreement.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Asset discovery, knowledge transfer, runbooks, monitoring set-up, backup verification, access migration |
| B | Network operations | WAN routers, firewalls, switches and Wi-Fi at 14 warehouses; SD-WAN links to two server rooms |
| C | Server operations | 96 virtual and 18 physical servers: monitoring, patching, capacity management |
| D | Backup and recovery | Daily backups, monthly restore tests, offsite copies in Customer's second server room |
| E | Service desk | Ticket intake by phone, email and portal around the clock, in Chinese |
| F | Security operations | Firewall rule reviews, vulnerability scans, log review, incident handling |

Critical systems for restore tests: warehouse management system, temperature monitoring platform, transport management system, ERP database.

## Schedule 2 — Service Levels

| Service level | Target | Service credit |
|---|---|---|
| Core network availability (server rooms and SD-WAN), per month | 99.95% | 5% of the monthly service charge for each 0.1 percentage point below target |
| Priority 1 incident (a warehouse or a critical system down) | Response within 6 hours; restoration within 18 hours | CNY 1,500 per hour late |
| Priority 2 incident (degraded service at one site) | Response within 8 hours; restoration within 2 business days | CNY 500 per hour late |
| Priority 3 request | Response within 2 business days | — |
| Monthly patching of critical vulnerabilities | Within 14 days of vendor release | 2% of the monthly service charge per late month |
| Restore test success | Every month | 2% of the monthly service charge per failed month |

Total service credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 168,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| **Total charges for the Term** | | **2,256,000** |
| Exit assistance beyond 90 days | per engineer day | 3,200 |
"""

H908E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MPD-CN-2026-011

BETWEEN

Muldental Parts Data GmbH, a company registered in Germany with its seat in Zwickau, Saxony ("Provider"), and

Guangzhou Chepeibao Auto Parts E-Commerce Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tianhe District, Guangzhou ("Customer").

RECITALS

Provider compiles and maintains a database of vehicle identification data and replacement parts cross-references for passenger cars and light commercial vehicles sold in Europe and China. Customer operates an online marketplace for automotive replacement parts and wishes to use Provider's data through Provider's application programming interface so that buyers can find parts that fit their vehicles. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the vehicle, parts and cross-reference data made available by Provider under this Agreement, including all updates.

1.2 "API" means Provider's web service interface through which Customer queries the Licensed Data, with its documentation.

1.3 "Customer Data" means all data that Customer or its users submit to the API or that Provider receives from Customer, including search queries, vehicle identification numbers entered by users, Customer's product catalogue and order information, and the Customer Mappings.

1.4 "Customer Mappings" means the tables that link Customer's seller part numbers to the Licensed Data, created by Provider for Customer under clause 4.

1.5 "Subscription Term" means the period of two Subscription Years beginning on the Start Date. "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first beginning on the Start Date.

1.6 "Start Date" means the date of Integration Acceptance under clause 5.

2. LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to query the Licensed Data through the API and to display query results to users of Customer's marketplace in mainland China.

2.2 Customer may store query results in its systems for the purpose of operating its marketplace during the Subscription Term, but shall not resell the Licensed Data as a database or provide bulk extracts to third parties.

2.3 Provider shall update the Licensed Data at least weekly and shall add new vehicle models within 60 days after their market launch in China, where the data is available to Provider.

2.4 Provider shall publish release notes for each API version and shall keep each API version available for at least six months after a new version is released.

3. FEES AND PAYMENT

3.1 The total fees for the Subscription Term are CNY 1,200,000, inclusive of VAT, made up of:

(a) Data Licence Fee: CNY 486,000 per Subscription Year, CNY 972,000 for the Subscription Term;

(b) API Access Fee for up to 40 million queries per Subscription Year: CNY 84,000 per Subscription Year, CNY 168,000 for the Subscription Term;

(c) Integration Services (one-time): CNY 60,000.

3.2 The Data Licence Fee and the API Access Fee are invoiced quarterly in arrears, in equal instalments of CNY 142,500. The Integration Services fee is invoiced after Integration Acceptance. Customer shall pay each invoice within 30 days after receipt.

3.3 Queries above the annual query volume in 3.1(b) are charged at CNY 2.10 per thousand queries and invoiced with the next quarterly invoice. Provider shall warn Customer by email when 80 per cent of the annual volume has been used.

3.4 The fees are fixed for the Subscription Term.

4. INTEGRATION SERVICES

4.1 Provider shall provide test and production API credentials, documentation in English and Chinese, and two integration engineers who support Customer's developers remotely.

4.2 Provider shall create the Customer Mappings for Customer's current catalogue of approximately 380,000 seller part numbers and shall deliver them to Customer as files in an open format.

4.3 Customer shall provide its catalogue in the agreed file format and make a technical contact available during the integration.

5. ACCEPTANCE

5.1 Within 45 days after signature Provider shall notify Customer that the integration is ready for testing. Customer shall then carry out the acceptance tests within 15 days.

5.2 The acceptance criteria are: (a) on a random sample of 2,000 seller part numbers selected by Customer, the Customer Mappings are correct for at least 98 per cent of the sample; (b) vehicle identification number decoding returns the correct model for every vehicle in Customer's test list of 300 vehicles; (c) the API returns results in Chinese for all test queries; and (d) the production API handles Customer's load test of 200 queries per second for one hour without errors.

5.3 If the criteria are met, Customer shall confirm Integration Acceptance in writing ("Integration Acceptance"). If not, Provider shall correct the defects and Customer shall repeat the affected tests. Issuing production credentials or Customer's use of the API does not constitute acceptance.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to make the API available to Customer at all times, except for maintenance, and to restore access promptly if it is interrupted.

6.2 Provider will answer support requests sent by email to its support team during Provider's business hours, Monday to Friday from 08:00 to 17:00 Central European Time, within a reasonable time.

6.3 Provider will inform Customer by email of planned maintenance where practicable.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the services under this Agreement to Customer and shall not use it for any other purpose, including to improve its database, to compile statistics or to provide services to others, whether or not in anonymised or aggregated form.

7.2 At the end of the Subscription Term Provider shall return the Customer Mappings and any other Customer Data in an open format and then delete all copies, and shall confirm the deletion in writing.

8. DATA SECURITY

8.1 The API serving Customer is operated from a data centre in the People's Republic of China. Customer Data, including vehicle identification numbers and any personal information of Customer's users, shall be stored in mainland China and shall not be transferred abroad.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access control based on named accounts, logging of all administrative access and annual penetration tests by an independent firm, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

8.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it and shall be liable for all losses suffered by Customer as a result of an incident attributable to Provider, including claims of users and fines imposed by authorities.

9. INTELLECTUAL PROPERTY

9.1 The Licensed Data, the API and Provider's database remain the property of Provider.

9.2 The Customer Mappings and any other work product created by Provider specifically for Customer belong to Customer. Customer may use, modify and license them freely, including after the end of this Agreement and with other data providers.

9.3 Provider shall indemnify Customer against any third-party claim that the Licensed Data or the API infringes the rights of a third party.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, including the terms of this Agreement, Customer's sales figures and Provider's data structures, and shall use it only for the purposes of this Agreement.

10.2 This obligation continues for three years after the end of the Subscription Term.

11. LIMITATION OF LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1.

11.2 The limit does not apply to liability for personal injury, wilful misconduct or breach of clauses 7, 8 and 10.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

13. TERM AND TERMINATION

13.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It does not renew automatically. Any further subscription requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

13.3 If Customer terminates under 13.2, Provider shall refund any fees paid for the period after termination.

14. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party without delay.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.

16. GENERAL

16.1 Notices shall be in writing and sent to the addresses above or to an email address that a party designates in writing.

16.2 This Agreement is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.

16.3 This Agreement is executed in English and Chinese. Both versions are equally authentic.

16.4 Pre-printed terms on purchase orders or invoices of either party do not apply.

SIGNED for Provider: ____________________ Name / Title / Date

SIGNED for Customer: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# files
DRAFTS = {  # key: (file name, format, source, language, category, kind)
    "z01": ("h908z01_culture_bureau_cinema_ticketing_platform.pdf", "pdf", H908Z01, "zh", "software", "goods_or_licence"),
    "z02": ("h908z02_trophy_factory_line_control_retrofit.docx", "docx", H908Z02, "zh", "hardware", "goods_or_licence"),
    "z03": ("h908z03_offroad_driving_school_booking_saas.txt", "txt", H908Z03, "zh", "cloud", "service"),
    "z04": ("h908z04_irrigation_water_metering_om_service.txt", "txt", H908Z04, "zh", "services", "service"),
    "z05": ("h908z05_stone_studio_process_tracking_supplier_template.md", "md", H908Z05, "zh", "software", "goods_or_licence"),
    "e01": ("h908e01_caq_perpetual_licence_celle_vendor.pdf", "pdf", H908E01, "en", "software", "goods_or_licence"),
    "e02": ("h908e02_energy_saas_order_form_siegen_vendor.md", "md", H908E02, "en", "cloud", "service"),
    "e03": ("h908e03_cement_vibration_sensors_hameln_vendor.docx", "docx", H908E03, "en", "hardware", "goods_or_licence"),
    "e04": ("h908e04_cold_chain_managed_services_bautzen_vendor.md", "md", H908E04, "en", "services", "service"),
    "e05": ("h908e05_parts_data_api_subscription_zwickau_vendor.txt", "txt", H908E05, "en", "cloud", "service"),
}

# ---------------------------------------------------------------------------------------------------------------
# labels: terms in the order of holdout19; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None for
# service kinds, acceptance_deemed_on_delivery, contract_value)
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law"]
B, S, N = "buyer", "supplier", None
TERMS = {
    #       avail   p1    rem    ip  dsec   owns   conf   ld                     cap    prepay acc   final  warr pwf  auto   term   sub    law
    "z01": [99.95, 0.5, True, B, True, True, True, 0.08, N, 25, True, True, 24, 8, False, True, False, "PRC"],
    "z02": [N, 1, True, B, True, True, True, 0.1, N, 20, True, True, 18, 28, False, True, False, "PRC"],
    "z03": [99.5, 0.5, True, B, True, True, False, 0.1, N, N, True, N, N, N, False, True, False, "PRC"],
    "z04": [N, 1, True, B, True, True, True, 0.02, N, N, True, N, N, N, False, False, False, N],
    "z05": [N, 8, False, S, True, False, True, 0.02, 50, 65, False, False, 6, N, False, True, N, N],
    "e01": [N, 1, True, B, True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "Germany"],
    "e02": [99.95, 0.5, True, B, False, True, True, 1000 / 1056000 * 100, 6 / 24 * 100, N, True, N, N, N, True, True,
            False, "PRC"],
    "e03": [N, 1, True, B, True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False, "PRC"],
    "e04": [99.95, 6, True, B, True, True, True, 2000 / 2256000 * 100, 150, N, True, N, N, N, False, True, True, "PRC"],
    "e05": [N, N, False, B, True, True, True, N, 200, N, True, N, N, N, False, True, False, "PRC"],
}
EXTRA = {
    "z01": (True, True, True, False, 2090000),
    "z02": (True, True, True, False, 1320000),
    "z03": (True, True, None, False, 1240000),
    "z04": (True, True, None, False, 576000),
    "z05": (True, True, False, True, 430000),
    "e01": (True, True, True, False, 2100000),
    "e02": (True, True, None, False, 1056000),
    "e03": (True, True, True, False, 1460000),
    "e04": (True, True, None, False, 2256000),
    "e05": (False, False, None, False, 1200000),
}
FEE_BASE = {"z01": 1260000, "z02": 1139600, "z05": 168000, "e01": 1380000, "e03": 1210000}  # itemised licence/hardware
FOREIGN_FORUM = {"e01"}  # dispute forum outside mainland China (courts of Celle)
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def label(key):
    name, fmt, src, lang, cat, kind = DRAFTS[key]
    terms = dict(zip(T, TERMS[key]))
    terms["contract_kind"] = kind
    sla, lds, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive(key, terms, extra))}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3, applied to the labels."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t, x)
    if share is not None and share > TCO_SHARE:
        r.add("CR-TCO-SERVICE-SHARE")
    return r


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
NUM = r"(?:%|％|\s*per\s*cent|\s*percent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                                   # availability
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"(?<![a-z])four\s*-?\s*hours?", r"(?<![十\d])四个?小时",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)",                  # LD per day
    r"(?<![\d.,])100\s*" + NUM, r"百分之百", r"one\s*hundred\s*per\s*cent",   # liability cap
    r"(?<![\d.,])30\s*" + NUM, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",   # prepayment
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![a-z])twelve\s*-?\s*months?", r"十二个月", r"(?<![每第])一年",
    r"(?<![\d.,])1\s*-?\s*years?(?![a-z])", r"(?<![a-z])one\s*-?\s*years?(?![a-z])", r"(?<![a-z])a\s+year(?![a-z])",  # warranty
    r"(?<![\d.,])15\s*" + NUM, r"百分之十五", r"fifteen\s*per\s*cent",    # post-warranty fee
    r"(?<![\d.,])40\s*" + NUM, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",    # TCO share
    r"(?<![\d.])5\s*-?\s*years?(?![a-z])", r"(?<![a-z])five\s*-?\s*years?(?![a-z])", r"(?<![十\d])五年", r"(?<![\d.])5年",  # horizon
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "four hours", "4小时", "四小时", "0.05%", "万分之五", "100%",
            "100 per cent", "百分之三十", "30 %", "30%", "12 months", "十二个月", "twelve months", "质保一年", "15%",
            "百分之十五", "40%", "5 years", "五年", "one year", "1 year", "for a year"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "14 hours", "0.08%", "万分之五十", "150%", "130%", "115%", "2027年12月31日",
             "2 months", "five working days", "第四条", "十四小时", "每年", "25%", "45%", "99.5%", "240%",
             "Subscription Year", "per year", "two years", "三年", "1,500", "2027年1月1日", "第一个服务年度"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in RX), ("must hit", s)
    for s in MUST_MISS:
        assert not any(rx.search(s) for rx in RX), ("must miss", s, [rx.pattern for rx in RX if rx.search(s)])


# ---------------------------------------------------------------------------------------------------------------
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def sums():
    assert 1260000 + 684000 + 112000 + 34000 == 2090000 and 522500 * 2 + 1045000 == 2090000
    assert 2090000 * 25 // 100 == 522500 and 1260000 * 8 // 100 == 100800
    sub = 552000 + 204000 + 46800 + 36800 + 114000 + 186000
    assert sub == 1139600 and sub + 96000 + 72400 + 12000 == 1320000
    assert 6 * 92000 == 552000 and 24 * 8500 == 204000 and 6 * 7800 == 46800 and 8 * 4600 == 36800 and 3 * 38000 == 114000
    assert 264000 + 594000 + 462000 == 1320000 and round(sub * 0.28) == 319088
    assert 30 * 16800 == 504000 and 2 * 504000 + 186000 + 46000 == 1240000 and 504000 // 4 == 126000
    assert 4 * 144000 == 576000
    assert 168000 + 236000 + 26000 == 430000 and 279500 + 150500 == 430000 and 430000 * 65 // 100 == 279500
    assert 1380000 + 520000 + 164000 + 36000 == 2100000 and 420000 + 945000 + 735000 == 2100000
    assert 1380000 * 11 // 100 == 151800
    assert 720000 + 216000 + 96000 + 24000 == 1056000 and 6 * 18000 == 108000 and (360000 + 108000) // 4 == 117000
    hw = 576000 + 174000 + 92000 + 368000
    assert hw == 1210000 and hw + 138000 + 86000 + 26000 == 1460000 and 180 * 3200 == 576000 and 12 * 14500 == 174000
    assert 146000 + 803000 + 511000 == 1460000 and hw * 9 // 100 == 108900
    assert 168000 + 36 * 58000 == 2256000
    assert 972000 + 168000 + 60000 == 1200000 and (486000 + 84000) * 2 // 8 == 142500


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sums()
    built = {k: v for k, v in DRAFTS.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, fmt, src, *_rest) in DRAFTS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for key, (name, fmt, src, lang, cat, kind) in DRAFTS.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        rules = lab["expected_rules"]
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules", rules, DESIGN[key]))
        covered |= set(rules)
        for k, th in TH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "threshold value", k))
        share = tco_share(key, t, x)
        if share is not None and abs(share - TCO_SHARE) <= 2:
            problems.append((key, "TCO share near threshold", share))
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = scan(text) + scan(src)
        if hits:
            problems.append((key, "threshold text", hits[:5]))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s %5d %-6s %s%s" % (key, name, n, risk(rules), ",".join(r[3:] for r in rules) or "(none)",
                                          "" if share is None else "  TCO share %.1f %%" % share))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
