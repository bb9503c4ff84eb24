"""holdout315: writes the ten contracts (txt / md directly, docx / pdf through ../word_pdf.py), their .json labels,
checks sums, thresholds, text lengths and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """
T:临江市特种设备（锅炉、压力容器）安全监测平台建设项目采购合同
P:合同编号：LJSJ-ZFCG-2025-0417
P:项目编号：LJCG2025-GK-0093（公开招标）
P:甲方（采购人）：临江市市场监督管理局
P:地址：临江市滨湖区行政中心东楼
P:乙方（中标供应商）：杭州衡压物联科技有限公司
P:地址：杭州市余杭区文一西路1888号
P:鉴于甲方以公开招标方式采购“特种设备（锅炉、压力容器）安全监测平台建设项目”，乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 合同文件与项目范围
P:1.1 下列文件构成本合同的组成部分，互为补充；如有冲突，按以下顺序解释：本合同条款、中标通知书、招标文件、投标文件及其澄清、双方确认的需求规格说明书。
P:1.2 乙方负责为甲方建设特种设备安全监测平台：在辖区重点使用单位的在用锅炉和压力容器上安装在线监测终端共260套，部署边缘计算网关和平台软件，开发风险预警模型和监管驾驶舱，并与省特种设备安全监管系统对接。
P:1.3 平台部署于甲方指定的政务云，项目工期为合同签订之日起150日。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾贰万肆仟元整（¥2,624,000.00），为固定总价，已包含设备、软件、开发、安装、运输、税费以及质保期内的全部服务费用。分项价格如下：
P:（1）在线监测终端（温度、压力、液位、水质）260套，单价3,800元，小计988,000元；
P:（2）边缘计算网关52台，单价6,500元，小计338,000元；
P:（3）安全监测平台软件许可（永久许可，不限用户数）1套，560,000元；以上硬件及软件小计1,886,000元；
P:（4）平台定制开发（风险预警模型、监管驾驶舱、省级系统数据对接）486,000元；
P:（5）安装调试及使用单位数据接入214,000元；
P:（6）培训（监管人员及使用单位管理员）38,000元。
P:2.2 实施过程中甲方书面要求增加的工作量，按投标文件所列单价另行结算，累计不得超过合同总价的10%。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方向甲方提交等额银行预付款保函，甲方支付合同总价的20%，即524,800元，作为预付款。
P:3.2 全部终端和网关到货安装、平台部署完成并经甲方签收后，甲方支付合同总价的45%，即1,180,800元。到货签收仅确认数量和外观，不代表验收合格。
P:3.3 项目最终验收合格后20个工作日内，甲方支付合同总价的35%，即918,400元。
P:3.4 乙方每次请款前应提供合法有效的发票。因财政资金拨付原因需要调整付款时间的，甲方应及时书面告知乙方。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后20日内提交实施方案，经甲方确认后执行。终端安装应避开使用单位的生产高峰，遵守现场安全管理规定，不得影响设备的安全运行。
P:4.2 监测终端应具有有效的计量校准证书；安装在防爆区域的，应具有防爆合格证。
P:4.3 乙方应在合同签订后150日内完成全部安装、数据接入和平台上线试运行。
H:第五条 验收
P:5.1 平台试运行满30日后，乙方提出书面验收申请，甲方组织验收小组进行最终验收，可邀请特种设备检验机构的专家参加。
P:5.2 验收标准：（1）260套终端全部接入平台，试运行期间无长期离线终端；（2）温度、压力数据刷新间隔不超过10秒，与现场仪表比对误差在允许范围内；（3）超压、超温、低水位等预警在模拟测试中全部正确触发，并推送至监管人员和使用单位；（4）与省级系统对接的数据项和上报频次符合接口规范；（5）平台通过网络安全等级保护三级测评；（6）需求规格说明书所列功能全部实现，文档齐全。
P:5.3 任何一项未达标的，乙方应在15日内整改并申请重新验收。平台上线、试运行、甲方使用或支付款项，均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、升级和现场服务。
P:6.2 质保期满后，甲方如需继续由乙方提供维保服务，年度维保费不超过硬件及软件小计的8%（即每年不超过150,880元），且在质保期满后的两个服务年度内不得上调；具体内容以届时双方签订的维保合同为准。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护须提前3个工作日经甲方同意，不计入不可用时间。
P:7.2 故障分级及响应：一级故障（平台整体不可用、预警推送中断或数据大面积丢失）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能或部分终端异常）2小时内响应，24小时内解决；三级故障（咨询和一般问题）1个工作日内答复。
P:7.3 乙方未达到前款时限的，每超时1小时扣除服务违约金1,000元；月度可用率每低于承诺值0.01个百分点，扣除2,000元。上述款项从应付款或履约保证金中扣减。
H:第八条 知识产权
P:8.1 为本项目定制开发的预警模型、驾驶舱、接口程序及其源代码和技术文档，知识产权归甲方所有。乙方应在验收时移交全部源代码。
P:8.2 平台软件许可的知识产权仍属乙方，甲方获得永久、不可撤销的使用许可，并可为监管工作需要自行或委托第三方维护、修改定制部分。
P:8.3 乙方保证交付成果不侵犯任何第三方的合法权利，因此产生的责任由乙方承担。
H:第九条 数据安全
P:9.1 监测数据、设备档案、使用单位及作业人员信息等全部数据归甲方所有，乙方仅可为履行本合同使用，不得留存、复制或用于任何其他目的。
P:9.2 乙方应按网络安全等级保护三级要求部署平台，落实访问控制、传输加密、操作审计和数据备份；运维人员须通过甲方堡垒机访问，不得将数据导出至政务网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
P:9.4 合同终止时，乙方应配合完成数据迁移，删除其持有的全部数据副本，并出具书面说明。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、监管信息和使用单位的商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按期完成上线试运行或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项，并按合同总价的10%支付违约金。
P:11.3 乙方交付的设备或软件不符合约定的，应免费更换或整改，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:12.1 乙方不得转包本项目，亦不得分包主体工作。现场终端安装需由具备资质的单位协助的，须事先取得甲方书面同意，乙方对其行为承担连带责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，具有同等效力。
P:15.2 附件：需求规格说明书、终端安装点位清单、验收方案。
P:甲方（盖章）：临江市市场监督管理局　　乙方（盖章）：杭州衡压物联科技有限公司
P:法定代表人或授权代表：＿＿＿＿＿＿　　法定代表人或授权代表：＿＿＿＿＿＿
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """
T:熔喷生产线控制系统改造合同
P:合同编号：HR-JS-2025-031
P:甲方：湖北汉绒无纺布制品有限公司
P:乙方：武汉启衡自动化工程有限公司
P:签订地点：湖北省仙桃市彭场镇
P:甲方现有1#、2#两条熔喷非织造布生产线，原控制系统使用已久，模头温控精度和计量泵稳定性已不能满足医用级熔喷布的生产要求。乙方具备相应的工业自动化工程能力。双方依据《中华人民共和国民法典》，就控制系统改造事宜订立本合同。
H:一、改造范围
P:（一）更换两条线的PLC主控系统及远程IO，升级螺杆挤出机、计量泵、接收网帘和卷绕单元的伺服及变频驱动；
P:（二）新建模头分区温控、熔体压力闭环控制和驻极工序安全联锁；
P:（三）部署HMI操作站及工艺配方和数据采集软件，实现配方下发、批次记录和报警追溯；
P:（四）完成程序编制、停线切换、带料调试和操作人员培训；
P:（五）甲方负责提供停线窗口、电和压缩空气等公用工程及现场配合人员；乙方负责拆除旧控制柜，并按甲方要求分类处置。
H:二、合同价格
P:（一）合同总价为人民币贰佰零陆万元整（¥2,060,000.00），含税、运输、安装、调试及质保期内的服务。价格明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（主站及远程IO）|4套|186,000|744,000
TB:2|伺服及变频驱动升级|38台|9,600|364,800
TB:3|熔体计量泵控制及模头温控模块|6套|42,500|255,000
TB:4|HMI操作站|8台|14,800|118,400
TB:5|工艺配方及数据采集软件许可（永久）|1套|236,000|236,000
TB:|硬件及软件小计|||1,718,200
TB:6|程序编制及工艺调试|1项|196,000|196,000
TB:7|安装及停线切换|1项|118,000|118,000
TB:8|操作及维护培训|1项|27,800|27,800
TB:|合计|||2,060,000
P:（二）上述价格为固定价格，甲方不再承担任何其他费用，但甲方书面要求的范围变更除外。
P:（三）乙方保证所供设备为原厂全新正品，并随货提供原厂合格证、出厂检验报告和电气图纸。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%，即206,000元，作为预付款；
P:（二）设备到厂、安装完成并开始带料调试后，甲方支付合同总价的55%，即1,133,000元；该笔付款不代表甲方对设备或系统的验收；
P:（三）终验合格后10日内，甲方支付合同总价的35%，即721,000元。
P:（四）乙方应在每次付款前开具等额增值税专用发票。
H:四、工期与验收
P:（一）乙方应在合同生效后90日内完成设备到厂，每条线的停线切换时间不超过7日，两条线全部切换并通过终验的期限为合同生效后120日。
P:（二）终验标准：每条线连续72小时带料运行，无因控制系统引起的停机；模头各温区控制偏差不超过±1℃；计量泵转速波动和熔体压力波动满足技术协议的要求；配方下发、批次记录、报警追溯和安全联锁功能逐项测试通过；图纸、程序备份和操作手册齐全。
P:（三）任何一项未达标的，乙方应在10日内整改并重新测试。带料生产、产品销售或甲方付款均不视为终验合格，终验以双方签署的终验报告为准。
P:（四）乙方进场施工须遵守甲方安全生产和洁净车间管理制度，动火、登高和带电作业须办理作业票；乙方人员违反上述制度造成事故的，由乙方承担责任。
H:五、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内，因设备或程序缺陷造成的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，包括一名驻场工程师、备件更换、程序优化和年度停机检修。年度维保费按硬件及软件小计的28%计取，即每年481,096元，按季度支付；该价格在质保期满后的三个服务年度内固定不变。
P:（三）质保期内同一部件累计故障三次以上的，乙方应更换同型号新件，该部件的质保期自更换之日起重新计算。
P:（四）维保服务的内容、驻场人员资质和考核办法见附件三《维保服务规范》。
H:六、技术服务与故障响应
P:（一）一级故障（整线停机或安全联锁失效）：乙方30分钟内电话响应，3小时内到达现场；二级故障（单台设备或局部功能异常）：2小时内响应，次日到场；三级故障（一般咨询）：1个工作日内答复。
P:（二）乙方未按前款时限响应或到场的，每超时1小时，向甲方支付800元违约金，在维保费或质保金中扣减。
P:（三）乙方应为甲方建立设备台账和程序版本记录；每次修改程序前须经甲方工艺负责人签字确认，修改后24小时内提交程序备份。
H:七、知识产权
P:（一）为本项目编制的PLC程序、HMI画面、配方模板及其源文件，知识产权归甲方所有，乙方应在终验时移交完整备份。
P:（二）软件许可为永久许可，甲方可在本厂范围内自由使用、备份和修改配置。
H:八、数据安全
P:（一）生产工艺数据、配方和批次记录归甲方所有，乙方不得复制、带离或用于其他客户。
P:（二）乙方远程维护须事先经甲方书面审批，通过甲方工业防火墙和VPN接入，全程操作留痕；乙方不得在控制网络中安装未经甲方确认的软件。
P:（三）发生数据泄露、篡改或病毒感染的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。
P:（四）合同终止时，乙方应删除其保存的甲方数据和程序备份，并向甲方书面确认。
H:九、保密
P:乙方对在本项目中知悉的甲方工艺参数、配方、产能和客户信息负有保密义务，未经甲方书面同意不得披露；保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方未按第四条约定的期限完成终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:（三）因乙方施工或程序错误造成甲方设备损坏的，乙方负责修复并赔偿直接损失。
P:（四）乙方提供的设备不符合技术协议要求的，甲方有权要求更换，由此造成的工期延误按本条第（一）项执行。
H:十一、合同的履行
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。
P:（二）一方违约的，守约方有权要求违约方继续履行、采取补救措施，并按本合同第十条主张违约金，但不得以对方违约为由解除本合同。
P:（三）因不可抗力不能按期履行的，受影响方应在3日内书面通知对方并提供证明，履行期限相应顺延。
H:十二、分包
P:乙方不得将本项目转包或分包。电气配线等辅助工作确需委托他人完成的，须事先取得甲方书面同意。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向仙桃市人民法院提起诉讼。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）本合同未尽事宜，双方另行签订补充协议。
P:（三）附件：技术协议、设备清单、停线切换计划、维保服务规范。
P:甲方（盖章）：湖北汉绒无纺布制品有限公司　　代表：＿＿＿＿
P:乙方（盖章）：武汉启衡自动化工程有限公司　　代表：＿＿＿＿
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """母婴护理信息系统软件服务（SaaS）及实施合同

合同编号：YH-IT-2025-0612

甲方：广州悦禾母婴护理服务有限公司
住所：广州市天河区珠江新城华夏路26号
乙方：杭州予安云健康科技有限公司
住所：杭州市西湖区西溪路556号

甲方在广州、深圳、佛山共经营12家月子中心，需要统一的客户档案、护理记录、排班和膳食管理系统。乙方提供“予安护理云”软件服务，并确认已了解母婴护理行业对个人健康信息保护的特殊要求。双方经协商，就甲方订阅该服务及乙方实施事宜达成如下协议。

第一条 服务内容
（1）乙方向甲方12家门店提供予安护理云的订阅服务，包括客户及新生儿档案、产妇和新生儿护理记录、护理排班、膳食配送、房态管理和移动端护士站。
（2）乙方负责实施：历史客户数据迁移、护理表单和评估量表配置、与甲方财务系统的接口开发、门店培训。
（3）服务期为三个服务年度，自上线验收合格之日起计算。
（4）乙方保证服务功能不低于合同附件所列功能清单，服务期内的功能升级免费提供，且升级不得降低甲方定制功能的可用性。

第二条 费用
（1）订阅费：每家门店每个服务年度38,000元，12家门店每个服务年度合计456,000元，三个服务年度合计1,368,000元。
（2）实施费：一次性186,000元。
（3）合同总额为人民币1,554,000元（壹佰伍拾伍万肆仟元整），含税。
（4）服务期内甲方新增门店的，按同一单价增加订阅费。
（5）订阅费包含云资源、短信通知（每家门店每月不超过2,000条）、存储空间及版本升级费用，乙方不得另行收取。

第三条 付款
（1）实施费在上线验收合格后15日内一次付清。
（2）订阅费按服务季度结算，每季度114,000元，在每个服务季度结束后15日内支付。
（3）甲方不向乙方支付任何预付款。
（4）乙方应在收款前开具等额增值税专用发票。

第四条 实施与验收
（1）乙方应在合同签订后60日内完成全部12家门店上线。
（2）上线验收标准：（a）历史客户数据迁移后，双方抽样核对无差错；（b）合同附件所列护理表单和量表全部配置完成；（c）常用页面在正常负载下3秒内打开；（d）财务接口对账一致；（e）每家门店至少2名护理人员完成培训考核。
（3）乙方提交验收申请后，甲方在10个工作日内组织验收并出具书面意见。系统上线或甲方开始使用均不视为验收合格。
（4）验收不合格的，乙方应在10日内整改并重新提交验收；两次验收仍不合格的，甲方有权解除合同，乙方退还已收全部款项。
（5）乙方项目经理和实施顾问应保持稳定，更换须提前10日通知甲方并经甲方同意。
（6）甲方应指定项目联系人，按乙方需要提供历史数据和业务资料，并组织门店人员参加培训。

第五条 服务水平
（1）乙方承诺系统月度可用率不低于99.5%，计划维护安排在凌晨1点至5点，并提前48小时通知甲方。
（2）故障响应：一级故障（系统无法登录或护理记录无法保存）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级问题在3个工作日内答复。
（3）月度可用率每低于承诺值0.1个百分点，或一级故障未在时限内恢复的，乙方按当季订阅费的2%给予服务抵扣，每季度抵扣累计不超过当季订阅费的20%。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障数量及处理时长。
（5）乙方提供7×24小时客服热线和在线工单系统。
（6）乙方应在每季度末与甲方召开服务回顾会，分析故障原因并提出改进计划。

第六条 知识产权
（1）予安护理云平台及其原有功能的知识产权归乙方所有。
（2）为甲方定制的护理表单、评估量表、报表模板和财务接口程序归甲方所有，甲方可自由使用、修改，并可交由其他服务商使用。
（3）乙方保证其提供的服务和软件不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用。

第七条 数据的归属与使用
（1）甲方录入或迁移至系统的客户信息、护理记录、健康评估和照片等数据归甲方所有。
（2）甲方同意，乙方可在对上述数据进行去标识化处理后，用于产品功能改进、护理知识库建设和行业统计分析，该项使用在合同终止后仍可继续。

第八条 数据安全
（1）乙方应在中国境内的云机房存储甲方数据，系统通过网络安全等级保护三级测评；数据传输和存储加密，员工按最小权限访问，访问日志保存不少于6个月。
（2）乙方发现数据泄露、丢失或被非法访问的，应在24小时内书面通知甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失，包括对客户的赔偿和行政处罚。
（3）合同终止后30日内，乙方应以通用格式向甲方交付全部数据，并在甲方确认后删除。
（4）乙方不得将甲方数据传输至境外。
（5）乙方每个服务年度至少进行一次渗透测试，并将结论告知甲方。

第九条 保密
双方对在合作中知悉的对方商业秘密和客户信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效。乙方人员应签署保密承诺，乙方对其人员的泄密行为承担责任。

第十条 违约责任
（1）乙方未按第四条约定时间完成上线的，每逾期一日，按合同总额的万分之八向甲方支付违约金。
（2）甲方逾期支付的，每逾期一日按应付金额的万分之三支付违约金。
（3）乙方在本合同项下的累计赔偿责任以合同总额的1.5倍为限，但因乙方故意、重大过失或违反第八条造成的损失除外。
（4）任何一方因不可抗力不能履行的，不承担违约责任，但应及时通知对方并尽力减少损失。

第十一条 续期
服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，以此类推。每次续展时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续展前以书面方式告知调整后的价格。

第十二条 分包
乙方不得将实施工作分包给第三方，但经甲方事先书面同意的除外。经同意分包的，乙方对分包方的行为承担全部责任，分包方同样受第八条和第九条约束。

第十三条 合同解除
乙方严重违约，或连续两个季度月度可用率低于承诺值，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付但未使用的服务费用。合同解除或终止后，乙方应按第八条第（3）项交付数据。任何一方破产、解散或被吊销营业执照的，另一方可书面通知解除本合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交广州仲裁委员会仲裁。

第十五条 通知与其他
双方指定的联系人和地址见合同首页，通知以书面形式送达上述地址即视为送达；联系人变更的，应在3日内书面通知对方。本合同一式两份，双方各执一份，自签字盖章之日起生效。附件：门店清单、护理表单清单、接口说明。

甲方（盖章）：广州悦禾母婴护理服务有限公司
授权代表：
乙方（盖章）：杭州予安云健康科技有限公司
授权代表：
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """柳川市人大代表履职服务平台运维服务合同

合同编号：LCRD-CS-2025-018
采购方式：竞争性磋商（磋商编号LCZC2025-CS-0207）

甲方（采购人）：柳川市人民代表大会常务委员会办公厅
乙方（成交供应商）：柳川市博政信息技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就柳川市人大代表履职服务平台运维服务事项，经协商一致，签订本合同。

1. 服务范围与期限
1.1 运维对象：代表履职服务平台（含PC端、移动端小程序）、代表建议办理系统、代表联络站管理模块，以及上述系统所在的政务云资源和数据库。
1.2 服务内容：日常运行监测与巡检、故障处理、应用维护和小版本迭代、安全运维、数据备份与恢复演练、人代会和常委会会议期间的现场保障、用户咨询及培训。
1.3 服务期为2026年1月1日至2026年12月31日，共一个服务年度。服务期满本合同自然终止，后续服务由甲方另行依法采购，本合同不自动续期。
1.4 驻场人员应具备三年以上政务系统运维经验，其中至少1人持有信息安全相关证书；人员名单经甲方确认后不得随意更换，确需更换的，应提前10日书面申请并经甲方同意。
1.5 乙方应在服务期开始前完成与原运维单位的交接，交接期间的服务质量由乙方负责。

2. 服务费用
2.1 本合同总价为人民币捌拾玖万贰仟元整（¥892,000.00），包括：
（1）驻场运维（2人，覆盖整个服务期）336,000元；
（2）应用维护及小版本迭代（180人天，每人天1,600元）288,000元；
（3）安全运维（季度漏洞扫描4次、渗透测试1次、等级保护测评配合）126,000元；
（4）移动端小程序运维84,000元；
（5）人代会、常委会会议期间现场保障58,000元。
2.2 合同总价为固定价格，包含人员、工具、差旅及税费，甲方不另行支付其他费用。
2.3 服务期内甲方提出的小型功能需求，在第2.1条第（2）项的人天额度内实施；超出额度的，经甲方书面确认后按每人天1,600元另行结算。

3. 付款方式
3.1 服务费按季度支付，每季度223,000元。
3.2 每个季度结束后，甲方根据第6条的季度考核结果，在收到发票后15个工作日内支付该季度服务费，考核扣款从中扣除。
3.3 本合同不设预付款。
3.4 乙方申请付款时，应将甲方出具的季度考核意见一并提交。

4. 服务水平
4.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日报甲方批准，会议期间不得安排）。
4.2 故障分级与时限：
（1）一级故障：平台或小程序无法访问、会议期间签到和议案提交功能异常，15分钟内响应，1小时内恢复；
（2）二级故障：部分功能异常但有替代手段，1小时内响应，8小时内解决；
（3）三级问题：一般咨询和优化需求，1个工作日内答复。
4.3 数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练并提交报告。
4.4 人代会和常委会会议期间，乙方应安排不少于3名技术人员在会场值守，并在会前完成压力测试和应急演练。
4.5 乙方提供7×24小时服务热线，所有工单通过甲方运维管理系统记录。
4.6 乙方每月提交一次运行分析报告，提出性能和安全优化建议。

5. 服务扣款
5.1 一级故障每超时30分钟，扣减当季服务费2,000元；二级故障每超时2小时，扣减1,000元。
5.2 月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,500元。
5.3 会议期间现场保障人员缺岗的，每人次扣减3,000元。

6. 考核与验收
6.1 乙方每季度末提交运维报告，内容包括巡检记录、故障清单及处理时长、可用率统计、迭代完成情况、备份和恢复演练记录。甲方在10个工作日内对照第4条和第5条进行季度考核，出具书面考核意见。
6.2 服务期满后，甲方组织年度验收，验收内容为全部季度考核结果、迭代需求完成情况、安全运维报告和文档移交情况；验收不合格的，乙方应在15日内整改。
6.3 小版本迭代上线前须经甲方测试确认，上线本身不视为验收通过。
6.4 季度考核和年度验收结果作为甲方对乙方履约情况评价的依据。

7. 知识产权
7.1 乙方在服务期内形成的程序修改、运维脚本、配置文档和技术报告，知识产权归甲方所有，乙方应随季度报告一并移交。
7.2 乙方使用的第三方运维工具，由乙方保证其合法授权。
7.3 乙方保证提供的服务成果不侵犯第三方知识产权。

8. 数据安全
8.1 平台中的代表个人信息、建议议案、办理记录及其他数据均归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
8.2 乙方运维人员须经甲方背景审查，通过甲方堡垒机操作，严禁将数据拷贝至个人终端或政务网络以外；乙方应落实网络安全等级保护要求和数据安全管理制度。
8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，并配合开展调查处置；因乙方原因造成的，乙方承担全部法律责任并赔偿由此造成的损失。
8.4 服务期满或合同解除时，乙方应交回全部账号权限和资料，删除其掌握的数据副本，并出具书面承诺。

9. 保密
乙方及其人员对在服务过程中知悉的工作秘密、会议材料和代表信息负有保密义务，应签署保密承诺书；保密义务不因本合同终止而解除。乙方不得在任何宣传材料中使用与本项目有关的信息。

10. 违约责任
10.1 乙方未按运维计划规定的期限完成小版本迭代、安全加固或年度演练的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 乙方人员违反第8条或第9条的，甲方有权要求更换人员，乙方并应赔偿甲方损失。
10.3 因乙方原因造成平台数据丢失或会议保障事故的，乙方应赔偿甲方损失，甲方并有权依照第12条解除合同。
10.4 甲方无正当理由逾期付款的，按照国家有关规定承担责任。

11. 转包与分包
乙方不得将本合同项下的服务转包或者分包给任何第三方。平台所用政务云资源由甲方另行采购，不属于本合同服务范围。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后10日内仍未改正，或连续两个季度考核不合格的，甲方有权解除本合同，并按实际提供的服务结算。
12.2 因政策调整或不可抗力致使合同无法继续履行的，双方可协商解除。
12.3 合同解除或终止后，乙方应配合甲方完成运维工作交接，交接期不少于15日。

13. 法律适用与争议解决
本合同的订立、效力、解释和履行适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同未尽事宜，双方可签订补充协议；补充协议与本合同具有同等效力。
14.2 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份。
14.3 附件：运维服务需求书、驻场人员名单、服务考核细则。

甲方（盖章）：柳川市人民代表大会常务委员会办公厅
乙方（盖章）：柳川市博政信息技术有限公司
签订日期：2025年12月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
Z05 = """# 数造MES制造执行系统软件许可及实施合同

**数造云联标准合同文本 V4.0**（本文本由乙方提供）

合同编号：SZ-MES-2025-0788

- 甲方（买方）：山西冠香源食品有限公司
- 乙方（卖方）：合肥数造云联软件有限公司

甲方主营酱卤牛肉制品，拟在其平遥工厂上线制造执行系统（MES），实现原料、卤煮、冷却、包装到出库的批次追溯。乙方同意按本合同条款向甲方许可其数造MES软件并提供定制开发和实施服务。

## 第一条 合同标的

1.1 乙方向甲方许可数造MES标准软件（生产执行、批次追溯、质量管理、仓储管理模块）及现场终端授权。

1.2 乙方按双方确认的需求清单提供定制开发：卤煮工艺配方管理、冷却间温度追溯、与称重及金属检测设备的对接、与甲方ERP的接口。

1.3 乙方负责部署实施和用户培训。

1.4 乙方根据甲方确认的需求清单进行开发；需求清单确认后，甲方提出的变更视为新增需求。

1.5 本合同所称“上线”，指乙方将系统部署至甲方服务器并开通用户账号。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 数造MES标准软件许可 | 1套 | 520,000 |
| 2 | 现场终端授权 | 36个 | 126,000 |
| | 软件许可小计 | | 646,000 |
| 3 | 定制开发 | 1项 | 458,000 |
| 4 | 部署实施 | 1项 | 124,000 |
| 5 | 培训 | 1项 | 22,000 |
| | 合计 | | 1,250,000 |

2.1 合同总价为人民币壹佰贰拾伍万元整（¥1,250,000.00），含增值税。

2.2 上述价格不含服务器、数据库、操作系统、工控机、扫码枪及标签打印机等硬件和第三方软件，由甲方另行采购。

2.3 需求清单以外的开发工作按每人天2,200元另行计费。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的65%，即812,500元。

3.2 系统上线运行后7日内，甲方支付合同总价的35%，即437,500元。

3.3 甲方未按时付款的，乙方有权暂停实施和服务，工期相应顺延。

3.4 甲方已支付的款项在任何情况下均不予退还。

## 第四条 交付与上线

4.1 乙方在收到3.1款项后开始实施，计划在90日内完成系统上线。

4.2 甲方应按乙方要求提供场地、网络、服务器和人员配合；因甲方原因延误的，工期顺延。

4.3 乙方有权根据实施进度调整上线计划，并以邮件方式通知甲方。

4.4 甲方应指定项目负责人，在乙方提交的需求确认书和上线确认单上签字；甲方在5个工作日内未签字的，视为确认。

4.5 因甲方原因导致项目暂停超过30日的，乙方有权按已完成工作量要求甲方结算。

## 第五条 验收

5.1 系统部署完成并在甲方现场上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，由乙方在后续服务中酌情处理。

5.3 甲方在系统上线后继续使用系统的，视为甲方认可系统满足合同要求。

## 第六条 免费维护与售后服务

6.1 自系统上线之日起，乙方提供六个月免费维护，内容为缺陷修复和远程技术支持。

6.2 紧急故障（系统无法使用）由乙方在接到甲方通知后24小时内响应，一般问题在3个工作日内响应，乙方通过远程方式处理。

6.7 免费维护期内，乙方每月提供不超过8小时的远程技术支持，超出部分按每小时450元计费。

6.3 乙方尽力在合理时间内修复故障，但不因响应或修复超时向甲方承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度服务协议，服务费按乙方届时公布的价格标准执行。

6.5 以下情形不属于免费维护范围：甲方操作不当、甲方自行修改配置、硬件或网络故障、第三方软件问题。

6.6 乙方提供现场服务的，甲方应承担乙方人员的差旅费用。

## 第七条 知识产权

7.1 数造MES软件的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、配方模板及其源代码、文档，知识产权均归乙方所有，乙方可将其用于其他客户。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托他人修改、反编译或向第三方提供。甲方违反本条约定的，乙方有权终止许可。

7.3 甲方不得将软件用于平遥工厂以外的其他工厂或关联公司；新增工厂须另行购买许可。

## 第八条 数据

8.1 甲方生产数据的所有权归甲方。

8.2 甲方同意乙方在对生产数据进行脱敏处理后，将其用于产品优化、算法训练和行业分析报告。

8.3 乙方对系统采取访问控制、数据加密和日志审计等安全措施；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方，采取补救措施并承担相应的赔偿责任。

8.4 合同终止后，乙方可保留甲方数据的备份，用于后续服务和问题追溯。

## 第九条 保密

双方对在履行本合同中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后两年。乙方可在其宣传材料和客户名单中使用甲方名称和标识。

## 第十条 违约责任

10.1 因乙方原因未能按第四条计划完成上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下对甲方承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%，且不承担任何间接损失、利润损失或数据损失。

10.4 因甲方提供的数据错误、网络或硬件故障造成的损失，乙方不承担责任。

## 第十一条 分包

乙方有权根据项目需要将部分实施、开发或现场服务工作委托第三方完成，无需另行取得甲方同意，乙方对第三方的工作成果负责。第三方人员进入甲方厂区的，由乙方通知甲方。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。乙方因甲方未按时付款而解除合同的，已收款项不予退还。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方不承担责任，但应在10日内通知对方。网络攻击、第三方云服务中断和政府政策变化均视为不可抗力。

## 第十四条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交合肥仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同的任何修改须以书面形式作出，乙方的报价单和邮件确认构成本合同的组成部分。

15.3 本合同条款为乙方标准条款，双方另有书面约定的除外。

甲方（盖章）：山西冠香源食品有限公司　　授权代表：＿＿＿＿

乙方（盖章）：合肥数造云联软件有限公司　　授权代表：＿＿＿＿

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KRS-CN-2025-014
P:This Agreement is made between:
P:(1) Chaozhou Jinmu Carving Art Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 18 Paifang Street, Xiangqiao District, Chaozhou, Guangdong (the "Buyer"); and
P:(2) Kalolimnos Relief Systems S.A., a company incorporated in the Hellenic Republic with its registered seat on Nisida Kalolimnos, Dodecanese, Greece (the "Vendor").
P:Background. The Buyer is a studio producing gilt wood-carving reliefs in the Chaozhou tradition, including temple panels, screens and shrine furniture. The Buyer wishes to move the drafting of relief designs from paper templates to software and to drive its CNC routers directly from the approved designs. The Vendor develops ReliefForge Studio, a CAD application for relief modelling, gilding simulation and toolpath generation. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means ReliefForge Studio and the Gilding and Lacquer Render Module, in the versions current at the date of delivery, together with their documentation.
P:1.2 "Custom Deliverables" means the Chaozhou motif library and the toolpath post-processor for the Buyer's CNC routers described in Annex 1, including their source files, parameter sets and documentation.
P:1.3 "Buyer Data" means all drawings, scans, design files, photographs of works, customer orders and other information of the Buyer that the Vendor receives or can access while performing this Agreement.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 6.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and install the Licensed Software on eight workstations at the Buyer's studio, develop and deliver the Custom Deliverables, configure the link to the Buyer's three CNC routers, and train the Buyer's designers and machine operators.
P:2.2 The Vendor shall complete installation within 30 days and deliver the Custom Deliverables for acceptance testing within 90 days after the signature of this Agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on eight named workstations for the Buyer's own business, including for works sold to the Buyer's customers.
P:3.2 The Buyer may move a licence to a replacement workstation by notice to the Vendor. The Buyer may keep backup copies for archival purposes.
P:3.3 The licence does not end if this Agreement is terminated after Final Acceptance, except where the Buyer has failed to pay the Licence Subtotal.
H:Article 4 Price
P:4.1 At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY). The total Contract Price is CNY 696,000, inclusive of all taxes that the Vendor must bear, travel and expenses, and is fixed. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ReliefForge Studio perpetual licence|8 seats|46,500|372,000
TB:2|Gilding and Lacquer Render Module perpetual licence|8 seats|9,800|78,400
TB:|Licence Subtotal|||450,400
TB:3|Custom Deliverables (motif library and CNC post-processor)|1 lot|168,000|168,000
TB:4|Installation and configuration|1 lot|36,000|36,000
TB:5|On-site training, five days|1 lot|41,600|41,600
TB:|Contract Price|||696,000
P:4.2 Withholding taxes on the licence fees payable under Chinese law shall be withheld by the Buyer from the amounts above, and the Buyer shall supply the tax certificates.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 139,200) within 20 days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 313,200) within 20 days after the Vendor has installed the Licensed Software on all eight workstations and the Buyer has signed an installation note. The installation note confirms delivery only and is not acceptance.
P:5.3 The Buyer shall pay the balance of 35% (CNY 243,600) within 20 days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are for the Vendor's account.
H:Article 6 Acceptance
P:6.1 Within 10 days after the Vendor notifies that the Custom Deliverables are ready, the parties shall run the acceptance tests set out in Annex 2.
P:6.2 The acceptance criteria are: (a) the motif library contains the 320 motifs listed in Annex 1, each editable in depth and outline; (b) three sample panels chosen by the Buyer are modelled, simulated with gold leaf and lacquer, and cut on each of the three routers without manual correction of the toolpaths; (c) the deviation between the model and the cut surface measured at 20 points per panel is within 0.3 mm; (d) all Licensed Software functions listed in Annex 1 work on the eight workstations; (e) the documentation and source files of the Custom Deliverables have been handed over.
P:6.3 If any criterion is not met, the Vendor shall correct the defects within 15 days and the tests shall be repeated. Installation, training, productive use of the software or payment of any instalment does not constitute acceptance. Final Acceptance is given only by the Buyer's signature of the acceptance certificate.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to Annex 1 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and supply all updates and new versions of the Licensed Software.
P:7.2 During the Warranty Period the Vendor shall respond to a Severity 1 problem (the software cannot be started, or toolpaths cannot be generated or are generated wrongly so that production stops) within 2 hours, 24 hours a day, through its hotline and remote session, and shall provide a workaround within 12 hours. Severity 2 problems shall be answered within 8 business hours and Severity 3 questions within 2 business days.
P:7.3 For each full hour by which the Vendor exceeds the response time for a Severity 1 problem, the Vendor shall pay the Buyer CNY 500, which the Buyer may set off against any amount due.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Vendor shall, at the Buyer's option, provide annual support covering updates, new versions, defect correction and the hotline on the same terms as Article 7.
P:8.2 The annual support fee is 11% of the Licence Subtotal, that is CNY 49,544 per year, and shall not be increased for the first three years of support. Later changes require the written agreement of both parties. Support is ordered year by year by the Buyer's written order and is not renewed automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Licensed Software.
P:9.2 All rights in the Custom Deliverables, including copyright in the source files, vest in the Buyer upon payment. The Buyer may use, modify, reproduce and license the Custom Deliverables freely, and may have them maintained by any third party.
P:9.3 The Vendor shall indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 10 Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's premises or systems except with the Buyer's written approval for a specific support case.
P:10.2 Remote support sessions shall be opened only by the Buyer, shall be logged, and shall end when the case is closed. The Vendor shall use encrypted connections, limit access to named engineers, and delete any Buyer Data received for a support case within 10 days after closing the case.
P:10.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all remedial steps, and shall be liable for all loss the Buyer suffers from a security incident caused by the Vendor or its staff.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs, motif drawings, customer lists and prices, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Delay
P:12.1 If the Vendor fails to achieve Final Acceptance within 120 days after signature for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 13 Liability
P:13.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 9.3, or breach of Articles 10 and 11.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 12 reach their maximum. On such termination before Final Acceptance the Vendor shall refund all amounts paid.
P:15.2 Either party may terminate if the other becomes insolvent.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Greece.
P:16.2 Any dispute arising from this Agreement shall be finally settled by arbitration in Athens, Greece, under the Arbitration Rules of the Athens Chamber of Commerce and Industry, by a sole arbitrator. The language of the arbitration is English.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese; both versions are equally valid. Annex 1 (Specification) and Annex 2 (Acceptance Tests) form part of it.
P:17.2 Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:Signed for the Buyer: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM AND GENERAL TERMS - TIMED-ENTRY TICKETING SERVICE

Order Form No. STS-2025-CN-0031

## PART A - ORDER FORM

**Customer:** Shennongjia Qianjiaping Nature Reserve Administration, Muyu Town, Shennongjia Forestry District, Hubei Province, People's Republic of China ("Customer").

**Vendor:** Sorgu Timeslot OÜ, a private limited company registered in Estonia, with its registered office on Sorgu island, Pärnu County, Estonia ("Vendor").

**Background.** Customer manages a nature reserve that limits the number of visitors on its trails and viewing platforms in each time slot of the day. Customer wishes to sell timed-entry tickets online, check tickets at its gates, and report daily visitor numbers to the forestry authorities. Vendor provides the Timeslot ticketing service as software-as-a-service. This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A1. Service

A1.1 Vendor will provide the Timeslot service with the following modules: time-slot capacity planning; online sales through Customer's WeChat mini-program and website; real-name registration of visitors; group and school bookings; gate validation at fourteen turnstiles at three entrances; refunds and rescheduling after weather closures; daily and monthly visitor reports.

A1.2 Vendor will carry out onboarding: configuration of slots, prices and capacity rules; integration with Customer's fourteen turnstiles and the payment accounts of Customer; import of the annual-pass holder list; training of ticket-office staff and administrators.

A1.3 Customer may add further entrances or turnstiles during the Subscription Term. Vendor will integrate them at the day rates in Annex 1 after Customer's written order; the Subscription Fee does not change.

### A2. Term

A2.1 The Subscription Term starts on the date of Go-Live Acceptance and runs for two Subscription Years.

A2.2 At the end of the Subscription Term, the Agreement renews for a further Subscription Year at the same fees and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Any change of the fees for a renewal requires a written amendment signed by both parties.

### A3. Fees

At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

| Item | Basis | Fee (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | per Subscription Year | 268,000 |
| Subscription Fee, Subscription Year 2 | per Subscription Year | 268,000 |
| Onboarding and turnstile integration | one-time | 74,000 |
| **Total fees for the Subscription Term** | | **610,000** |

A3.1 The Subscription Fee covers unlimited ticket transactions, all modules in A1.1, hosting, and updates. No per-ticket commission is charged.

### A4. Invoicing and payment

A4.1 The Onboarding Fee is invoiced on Go-Live Acceptance.

A4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The first Subscription Year starts on Go-Live Acceptance.

A4.3 Customer pays each invoice within 30 days after receipt by bank transfer to Vendor's account. Nothing is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

A5.1 Vendor will make the configured service available for acceptance testing within 60 days after signature of this Order Form.

A5.2 The acceptance tests are: (a) sale of tickets for every slot type, group booking and refund through the mini-program and the website, with payments reconciled to Customer's payment accounts; (b) validation of test tickets at each of the fourteen turnstiles, including rejection of a used ticket and of a ticket for another slot; (c) slot capacity closes automatically when the limit is reached; (d) the daily visitor report matches the turnstile counts for three test days; (e) staff training completed.

A5.3 Go-Live Acceptance is given when Customer signs the acceptance certificate after all tests have passed. Use of the service to sell tickets before that date does not count as acceptance.

A5.4 If Go-Live Acceptance is not reached within 90 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 30,000 in total, which Customer may deduct from the Onboarding Fee.

### A6. Approved hosting provider

Vendor hosts the service, including all Customer Data, on the Wuhan region of a mainland Chinese public-cloud provider named in Annex 1, which Customer approves by signing this Order Form.

**Signed for Customer:** ____________________ **Date:** __________

**Signed for Vendor:** ____________________ **Date:** __________

## PART B - GENERAL TERMS

### B1. Provision of the service

B1.1 Vendor will use commercially reasonable efforts to keep the service available at all times, and to carry out planned maintenance outside the opening hours of the reserve where it can.

B1.2 Customer may report problems through the support portal or by e-mail. Vendor will answer support requests as soon as reasonably practicable and will work on a fix with diligence.

B1.3 Vendor will inform Customer of new features and of any change that affects the way Customer's staff use the service.

### B2. Customer obligations

B2.1 Customer is responsible for the accuracy of prices, capacity limits and reserve rules it enters, for its turnstiles and local network, and for the use of the service by its staff.

B2.2 Customer shall keep its administrator passwords secret and shall inform Vendor without delay of any unauthorised use it becomes aware of.

B2.3 During onboarding Customer shall give Vendor's engineers supervised access to the turnstile controllers and a contact person at each entrance.

### B3. Customer Data

B3.1 "Customer Data" means all data entered into or generated by the service for Customer, including visitor names, identity-document numbers, mobile numbers, bookings, payments and visitor statistics.

B3.2 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's instructions and only to provide the service. Vendor shall not use Customer Data for any other purpose, including analysis, marketing or the development of other products, and shall not disclose it to any third party except the approved hosting provider.

B3.3 Customer may export Customer Data at any time through the administrator console in CSV format.

### B4. Data security

B4.1 Vendor shall keep all Customer Data in mainland China, encrypted in transit and at rest. Access by Vendor staff is limited to named support engineers, protected by multi-factor authentication and logged. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China as they apply to the service.

B4.2 Vendor shall back up Customer Data daily and keep the backups in a separate availability zone in the same region.

B4.3 Vendor shall notify Customer within 24 hours after becoming aware of any breach of security leading to the loss, alteration or unauthorised disclosure of Customer Data, shall take all reasonable steps to contain it, and shall support Customer in notifying the authorities and visitors. Vendor is liable for all loss, fines and costs of Customer resulting from a breach caused by Vendor, its staff or its hosting provider.

B4.4 On expiry or termination Vendor shall return all Customer Data in CSV format within 20 days and then delete it from its systems and backups, and confirm the deletion in writing.

### B5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and use it only for the Agreement. This obligation continues for three years after the end of the Agreement.

### B6. Intellectual property

B6.1 Vendor owns the service and its software.

B6.2 Customer's configurations, ticket designs, reports built for Customer and the turnstile integration scripts written for Customer belong to Customer, which may use, modify and give them to any other service provider freely.

### B7. Subcontracting

Apart from the hosting provider approved in A6, Vendor shall not subcontract any part of the service without Customer's prior written consent.

### B8. Liability

B8.1 Each party's total liability under the Agreement is limited to 150% of the total fees stated in A3.

B8.2 The limit in B8.1 does not apply to breach of B4 or B5, personal injury, or wilful misconduct.

### B9. Termination

B9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

B9.2 If Customer terminates under B9.1, Vendor shall refund the part of any prepaid Subscription Fee that relates to the period after termination.

B9.3 Either party may terminate the Agreement if the other party becomes insolvent.

B9.4 Clauses B4.4, B5 and B8 survive the end of the Agreement.

### B10. Force majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, floods, landslides that close the reserve, or orders of the authorities. The affected party shall inform the other party promptly.

### B11. Governing law and disputes

B11.1 The Agreement is governed by the laws of the Republic of Estonia.

B11.2 Any dispute shall be finally resolved by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, Estonia. The arbitration shall be in English.

### B12. General

B12.1 Notices shall be in writing and sent to the addresses in Part A.

B12.2 The Agreement is made in English and Chinese. In case of doubt the English version prevails.

B12.3 Neither party may assign the Agreement without the other party's written consent.

B12.4 Annex 1 (Approved hosting provider and service description) forms part of the Agreement.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """
T:SUPPLY AND INSTALLATION CONTRACT - PLANTATION WEATHER AND PEST MONITORING SYSTEM
P:Contract No. YL-PUR-2025-0207
P:Buyer: Hainan Wenchang Yelin Coconut Plantation Co., Ltd., Dongge Town, Wenchang, Hainan Province, People's Republic of China (the "Buyer").
P:Integrator: Fænø AgriSense ApS, a company registered in Denmark with its registered office on Fænø, Middelfart Municipality, Denmark (the "Integrator").
P:Whereas the Buyer operates about 1,900 hectares of coconut groves in Wenchang and suffers regular losses from the red palm weevil and the coconut leaf beetle, and wishes to predict outbreaks from weather and trap data instead of spraying on a fixed calendar; and whereas the Integrator supplies and installs sensor networks and farm monitoring software, the parties agree on the following terms, which are the Buyer's standard purchase terms amended as agreed in negotiation.
H:Section 1 Definitions
P:1.1 "System" means the weather stations, pest-trap camera sensors, gateways, monitoring platform and custom pest-risk model described in Schedule A, installed and working together.
P:1.2 "Plantation Data" means all weather readings, trap images, pest counts, maps, block records and reports produced by the System or supplied by the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Section 6.3.
H:Section 2 Scope of Supply
P:2.1 The Integrator shall supply, install and commission 12 automatic weather stations, 160 pest-trap camera sensors and 8 LoRa gateways in the blocks marked on the plantation map in Schedule A, all solar powered and suitable for coastal tropical conditions.
P:2.2 The Integrator shall install the monitoring platform on the Buyer's server in the plantation office, under a perpetual licence, and develop a pest-risk model and dashboards for the Buyer's agronomists, calibrated with the Buyer's pest records of the last three seasons.
P:2.3 The Integrator shall train the Buyer's agronomists and field technicians and hand over maintenance manuals in Chinese.
P:2.4 The Buyer shall provide access roads to the blocks, a place to store equipment in the plantation office, power and network for the server, and a technician to accompany the Integrator's installers in the groves.
H:Section 3 Contract Price
P:3.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,480,000, fixed, including delivery to the plantation, import duties, installation, taxes and all services during the warranty. The price breakdown is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station with rain, wind, humidity and leaf-wetness sensors|12|38,500|462,000
TB:2|Pest-trap camera sensor with pheromone lure holder|160|2,950|472,000
TB:3|LoRa gateway with solar kit|8|12,600|100,800
TB:4|Monitoring platform, perpetual on-premise licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,220,800
TB:5|Custom pest-risk model and dashboards|1|148,000|148,000
TB:6|Installation, poles and commissioning|1|96,400|96,400
TB:7|Training|1|14,800|14,800
TB:|Contract Price|||1,480,000
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 148,000) within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 814,000) within 15 days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:4.3 35% of the Contract Price (CNY 518,000) within 15 days after Final Acceptance.
P:4.4 The Integrator shall issue a valid invoice before each payment.
H:Section 5 Delivery and Installation
P:5.1 The Integrator shall deliver all equipment to the plantation within 75 days and complete installation within 110 days after signature. Installation in the groves shall be coordinated with the Buyer's harvest schedule.
P:5.2 The Integrator shall observe the Buyer's site rules, in particular on work under palms during harvesting and on the use of ladders and climbing equipment.
P:5.3 The Integrator is responsible for export and import clearance, packing suitable for sea freight and humid storage, and transport to the plantation. Risk in the equipment passes to the Buyer at Final Acceptance.
H:Section 6 Acceptance
P:6.1 After installation the System shall run for a trial period of 30 days.
P:6.2 The acceptance criteria are: (a) all 12 weather stations and all 160 trap sensors report to the platform every day of the last 14 days of the trial period, with no sensor silent for more than one day; (b) the weather readings agree with a reference station supplied by the Buyer within the tolerances in Schedule A; (c) the trap counts of 20 traps selected by the Buyer agree with manual counts by the Buyer's technicians; (d) the pest-risk model produces block-level risk maps every day and sends alerts to the agronomists' mobile phones; (e) all manuals and training have been delivered.
P:6.3 When all criteria are met, the Buyer shall confirm Final Acceptance in writing. If any criterion is not met, the Integrator shall correct the defect within 15 days and the trial period shall be repeated for the affected items. Installation, use of the System during the trial period or payment does not constitute acceptance.
H:Section 7 Warranty
P:7.1 The Integrator warrants the System for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace any defective equipment free of charge, including parts damaged by lightning or salt corrosion unless caused by the Buyer, and shall correct software defects.
P:7.2 The Integrator shall keep a stock of spare sensors and gateways in Haikou so that failed units can be replaced on site.
P:7.3 Where the same unit fails three times during the warranty, the Integrator shall replace it with a new unit, and the warranty for that unit starts again from its replacement.
H:Section 8 Service Levels
P:8.1 The Integrator shall provide a support hotline in Chinese. Critical faults (the platform cannot be reached, or more than one gateway or more than ten sensors stop reporting) shall be responded to within 1 hour and fixed within 2 working days. Other faults shall be responded to within 1 working day.
P:8.2 For each full hour by which a response to a critical fault is late, the Integrator shall pay CNY 600. For each working day by which a critical fault remains unfixed beyond the time in Section 8.1, the Integrator shall pay CNY 1,500. The Buyer may deduct these amounts from any payment.
H:Section 9 Support after the Warranty
P:9.1 After the warranty the Integrator shall, if the Buyer orders it, provide annual support including replacement of defective parts, software updates and one site visit per year. The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 109,872 per year, fixed for the first three years after the warranty.
P:9.2 Support is ordered by the Buyer in writing for each year. There is no automatic renewal.
H:Section 10 Intellectual Property
P:10.1 The Integrator, or its licensors, keep the rights in the monitoring platform software.
P:10.2 The pest-risk model, its parameters and code, and the dashboards developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Integrator shall hand over the source code and training data sets at Final Acceptance.
H:Section 11 Plantation Data
P:11.1 All Plantation Data belongs to the Buyer. The Integrator may use Plantation Data only for the purposes of this Contract and shall hand over a copy of any Plantation Data it holds at the Buyer's request.
H:Section 12 Delay
P:12.1 If the Integrator fails to complete installation or to reach Final Acceptance by the dates in Section 5.1 and Section 6, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
H:Section 13 Limitation of Liability
P:13.1 The Integrator's total liability arising out of or in connection with this Contract, including liquidated damages, is limited to 80% of the Contract Price.
P:13.2 The limitation does not apply to death or personal injury or to damage caused intentionally.
H:Section 14 Subcontracting
P:14.1 The erection of poles and civil works may be subcontracted to a local contractor with the Buyer's prior written consent. No other part of the work may be subcontracted. The Integrator is responsible for its subcontractor as for itself.
H:Section 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Integrator commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum.
P:15.2 On termination before Final Acceptance, the Integrator shall refund the payments received, against the return of any equipment the Buyer does not wish to keep.
H:Section 16 Force Majeure
P:16.1 Typhoons, floods and other events beyond a party's control that prevent performance suspend the affected obligations for as long as they last. The affected party shall notify the other promptly and resume performance as soon as possible. Typhoon damage to installed equipment before Final Acceptance is at the Integrator's risk and shall be covered by its insurance.
H:Section 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Hainan International Arbitration Court (Haikou Arbitration Commission) for arbitration in Haikou.
H:Section 18 Miscellaneous
P:18.1 This Contract is made in Chinese and English, both equally authentic. Schedule A (Specification, plantation map and tolerances) forms part of it.
P:18.2 Amendments must be in writing and signed by both parties.
P:18.3 Neither party may assign this Contract without the prior written consent of the other party.
P:For the Buyer: ____________________ Date: __________
P:For the Integrator: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
E04 = """# Managed Backup and Archiving Services Agreement

Agreement reference: SVS-MBA-2025-088

This Agreement is made between **Shaoxing Keqiao Huacai Dyeing and Finishing Co., Ltd.**, Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer"), and **Sørøya Vault Services AS**, a company registered in Norway with its registered office on Sørøya, Hammerfest Municipality, Norway ("Provider").

Customer runs dyeing and finishing lines, a colour laboratory and an ERP system, and must keep production, quality and environmental monitoring records for many years. Provider operates managed backup and long-term archiving services through data-centre partners in mainland China. Customer wishes to protect its servers and to archive its records through Provider's service.

## 1. Definitions

1.1 "Services" means the managed backup, restore and archiving services described in clause 2 and the Schedules.

1.2 "Customer Data" means all data of Customer that is backed up, archived or otherwise processed by Provider, including ERP data, recipe and colour-matching data, laboratory results, wastewater monitoring records and e-mail.

1.3 "Protected Systems" means the 46 servers and the e-mail system listed in Schedule 1.

1.4 "Service Commencement Date" means the date on which Customer signs the onboarding acceptance certificate under clause 4.

## 2. Services

2.1 Provider shall back up the Protected Systems every day with incremental backups and every week with full backups, keep one copy in the Hangzhou data centre and a second copy in the Shanghai data centre, and keep daily backups for 35 days and weekly backups for 26 weeks.

2.2 Provider shall archive Customer's closed-period records on immutable storage for the retention periods set by Customer in Schedule 1, and shall produce any archived record on request.

2.3 Provider shall perform restores requested by Customer, run a documented restore test of a sample of Protected Systems each quarter, and give Customer a monthly service report.

2.4 Provider shall monitor all backup jobs, investigate every failed job and re-run it within the same day where possible.

## 3. Term

3.1 This Agreement starts on signature. The Services run for an Initial Term of 36 months from the Service Commencement Date.

3.2 The Agreement does not renew automatically. Any extension requires a written agreement of both parties, including the charges for the extension period.

## 4. Onboarding and Acceptance

4.1 Provider shall install its backup agents and the on-site cache appliance, connect the Protected Systems, migrate Customer's existing tape archive, and complete onboarding within a target of 45 days after signature.

4.2 Onboarding acceptance requires: (a) successful full backups of every Protected System on three consecutive days; (b) a full restore of the ERP database and of two file servers into Customer's test environment, checked by Customer's IT staff; (c) migration of the tape archive with a file count and checksum report signed by both parties; (d) the runbook and contact list delivered.

4.3 Provider shall submit test evidence for each item. Customer shall sign the onboarding acceptance certificate within 5 business days after all items pass, or state in writing which items have failed. Installation of agents or the start of backup jobs is not acceptance.

## 5. Service Levels

5.1 Provider shall handle incidents according to the priorities and times in Schedule 2, with a service desk available 24 hours a day, seven days a week.

5.2 Provider shall complete a restore of a single Protected System to the most recent backup within the restore time stated for that system's tier in Schedule 1.

5.3 The service levels in this clause 5 and in Schedule 2 are performance targets. A failure to meet them does not entitle Customer to any service credit, reduction of the Charges, refund or damages; Provider's only obligation is to continue to work on the incident until it is resolved and to explain the cause in the monthly service report.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. At Customer's request, all Charges are stated and paid in Chinese yuan (CNY).

6.2 The Onboarding Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced quarterly in arrears, at the end of each quarter after the Service Commencement Date.

6.3 Customer shall pay each invoice within 30 days after receipt. No amount is payable in advance.

6.4 Additional storage beyond the capacity included in Schedule 3 is charged at the unit rate in Schedule 3, only after Customer's written approval.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall process Customer Data only to provide the Services and on Customer's documented instructions, and shall not use it for any other purpose.

7.2 Provider shall keep all Customer Data in mainland China.

## 8. Data Security

8.1 Provider shall encrypt Customer Data in transit and at rest with keys that Customer controls, store archives on immutable storage, separate Customer's environment from other customers, and restrict access to named and vetted engineers using multi-factor authentication. All access shall be logged and the logs made available to Customer on request.

8.2 Provider shall maintain MLPS level 3 filing for the service platform and ISO/IEC 27001 certification for its operations, and give Customer copies of the certificates each year.

8.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or corruption of Customer Data, take immediate steps to contain it, and cooperate with Customer and the authorities. Provider is responsible for the consequences of any security incident caused by Provider, its staff or its data-centre partners.

8.4 At the end of the Agreement Provider shall, at Customer's choice, return all backups and archives to Customer on media or by transfer to a successor provider, and then securely delete them and certify the deletion.

## 9. Confidentiality

Each party shall keep confidential all information received from the other party which is marked as confidential or should reasonably be understood to be confidential, including Customer's recipes and customer list, and shall not disclose it to third parties except to its advisers bound by equal duties. This clause survives the end of the Agreement.

## 10. Intellectual Property

10.1 Provider retains all rights in its software, appliances and tools.

10.2 The runbooks, backup policies and reports prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

## 11. Subcontracting

11.1 Customer approves the two data-centre operators named in Schedule 1 as Provider's subcontractors for housing and power.

11.2 Provider shall not use any other subcontractor for the Services without Customer's prior written consent, and is responsible for all its subcontractors.

## 12. Limitation of Liability

12.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six months before the event giving rise to the claim.

12.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

12.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

13.2 Customer may terminate this Agreement by written notice if two restore tests in a row fail, or if Provider loses its MLPS filing.

13.3 On termination, clause 8.4 applies, and Provider shall continue the Services for up to 60 days at the same Charges if Customer so requests, to allow an orderly transfer.

## 14. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, power grid failures lasting several days or acts of the authorities. The affected party shall notify the other party promptly.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 16. General

16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

16.2 The Agreement is made in English and Chinese. Both versions have equal force.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 - Protected Systems, Tiers and Retention

Tier 1: ERP database, recipe and colour-matching servers (8 servers), restore time 6 hours. Tier 2: laboratory, wastewater monitoring and file servers (22 servers), restore time 12 hours. Tier 3: other servers and e-mail (16 servers and the e-mail system), restore time 2 business days. Archive retention: production and quality records 10 years; environmental monitoring records 6 years; e-mail 3 years. Approved data-centre operators: Hangzhou Qiantang Data Centre Co., Ltd. and Shanghai Lingang Cloud Park Co., Ltd.

## Schedule 2 - Incident Priorities

| Priority | Description | Response | Resolution target |
|---|---|---|---|
| P1 | Backup service down for any Tier 1 system, or a restore needed to resume production | 30 minutes | 6 hours |
| P2 | Backup failures for a Tier 2 or Tier 3 system, or archive retrieval delayed | 2 hours | 1 business day |
| P3 | Questions, reports and changes | 1 business day | 5 business days |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge (agents, cache appliance, tape archive migration) | one-time | 68,000 |
| Monthly Service Charge (46 servers, e-mail, up to 60 TB protected and 200 TB archived) | per month, 36 months | 42,000 |
| Total Charges for the Initial Term | | 1,580,000 |
| Additional storage | per TB per month | 95 |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT
HOSPITAL INVOICE RECOGNITION SERVICE

Agreement No. GV-CN-2025-112

PARTIES

Tianfu Mutual Health Insurance Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 1 Jiaozi Avenue, Hi-tech Zone, Chengdu, Sichuan ("Customer"); and

Galešnjak Vision d.o.o., a company incorporated in the Republic of Croatia, with its registered office on Otok Galešnjak, Pakoštane Municipality, Zadar County, Croatia ("Vendor").

BACKGROUND

Customer settles health insurance claims and receives several hundred thousand hospital invoices, outpatient receipts and expense lists every month, most of them as photographs taken by policyholders on mobile phones. Customer wishes to extract the fields needed for claim assessment automatically. Vendor provides an optical character recognition service for medical invoices through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Service" means the API, the recognition models behind it, the administration console and the support described in this Agreement and the Schedule.

1.2 "Customer Data" means all images and documents submitted to the Service by or for Customer and all fields, results and logs produced from them. Customer Data contains personal information and health information of Customer's policyholders.

1.3 "Subscription Year" means the period starting on the Service Start Date and each following period starting on an anniversary of the Service Start Date and ending on the day before the next anniversary.

1.4 "Service Start Date" means the date on which Customer signs the integration acceptance certificate under clause 4.

1.5 "Custom Templates" means the field-extraction templates that Vendor builds for Customer for invoice formats of Sichuan hospitals not covered by the standard models, as listed in the Schedule.

2. THE SERVICE

2.1 Vendor shall provide the Service for three Subscription Years from the Service Start Date.

2.2 The Service includes recognition of inpatient and outpatient invoices, expense lists and receipts of hospitals in mainland China; return of structured fields through the API; a console for usage statistics and user management; and support in Chinese.

2.3 Each Subscription Year includes up to 6,000,000 API calls. Calls above that number are charged at the overage rate in the Schedule.

2.4 This Agreement does not renew automatically. Any further subscription requires a new written agreement.

3. FEES AND PAYMENT

3.1 At Customer's request, all fees are stated and payable in Chinese yuan (CNY). The fees are set out in the Schedule. The Total Contract Value is CNY 1,348,000, made up of the Set-up and Integration Fee of CNY 88,000 and the Subscription Fee of CNY 420,000 for each of the three Subscription Years.

3.2 Vendor shall invoice the Set-up and Integration Fee together with the Subscription Fee for the first Subscription Year, a total of CNY 508,000, on signature of this Agreement. Customer shall pay that invoice within 15 days after signature. Vendor starts the integration work after receipt of that payment.

3.3 Vendor shall invoice the Subscription Fee for the second and third Subscription Years at the start of each of those Subscription Years. Customer shall pay within 30 days after receipt.

3.4 Overage charges are invoiced quarterly in arrears.

3.5 The fees are fixed for the whole term of this Agreement.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall build the Custom Templates, connect the API to Customer's claims system in Customer's test environment, and make the Service ready for acceptance testing within 60 days after receipt of the payment under clause 3.2.

4.2 Acceptance testing uses a test set of 5,000 invoices chosen by Customer from its claims of the last six months. The acceptance criteria are: (a) at least 985 of every 1,000 key fields (hospital name, invoice number, date, total amount, insured amount, self-paid amount and item lines) are extracted correctly; (b) the median response time of the API is below 1.5 seconds at 50 concurrent requests; (c) every Custom Template in the Schedule is delivered and passes its sample test; (d) the claims system receives and stores the returned fields without manual correction.

4.3 Customer shall sign the integration acceptance certificate within 10 business days after all criteria are met, or give written reasons for refusal. Vendor shall correct failures and repeat the affected tests. Calls made by Customer during testing are not acceptance.

4.4 If the Service Start Date is not reached within 90 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 1,200 for each day of delay, up to CNY 80,000 in total.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance notified at least 5 business days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Vendor shall respond to incidents within the following times: Priority 1 (API unavailable or returning errors for more than a tenth of calls): 30 minutes; Priority 2 (degraded recognition or slow responses): 2 hours; Priority 3 (questions): 1 business day. Support is available 24 hours a day for Priority 1 incidents.

5.3 If availability in a month falls below the level in clause 5.1, Vendor shall credit Customer 5% of one twelfth of the annual Subscription Fee for each started 0.1 percentage point of shortfall. For each full hour by which the response to a Priority 1 incident is late, Vendor shall credit CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the term.

6. CUSTOMER DATA AND ITS USE

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data to provide the Service to Customer.

6.2 Customer grants Vendor a non-exclusive, royalty-free licence to retain de-identified copies of invoice images and extracted fields from Customer Data, and to use them to train, test and improve Vendor's recognition models and products offered to other customers. This licence continues after the end of this Agreement.

7. DATA SECURITY

7.1 Vendor shall process and store Customer Data only in its tenancy in the Chengdu region of a mainland Chinese cloud provider approved under clause 10, and shall not transfer Customer Data or allow access to it from outside mainland China.

7.2 Vendor shall encrypt Customer Data in transit and at rest, delete submitted images from the production system within 7 days after processing, keep access logs, restrict access to named engineers with multi-factor authentication, and maintain MLPS level 3 filing for the Service.

7.3 Vendor shall notify Customer within 6 hours after becoming aware of any security incident affecting Customer Data, take immediate measures to contain it, and assist Customer in meeting its reporting duties to the regulators. Vendor is liable for all loss, regulatory penalties and costs of notification suffered by Customer as a result of a security incident caused by Vendor or its subcontractors.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information disclosed under this Agreement, including Customer's claims rules, volumes and prices, and Vendor's technical documentation, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the Service, its software and its standard models.

9.2 The Custom Templates, the field mappings to Customer's claims system and the integration code written for Customer belong to Customer. Customer may use, modify and license them freely, including to another service provider.

10. SUBCONTRACTING

Vendor may use the cloud provider named in the Schedule, which Customer approves by signing this Agreement. Vendor shall not subcontract any other part of the Service without Customer's prior written consent.

11. LIABILITY

11.1 Vendor's total liability under this Agreement is limited to twice the Total Contract Value.

11.2 The limit does not apply to breach of clauses 7 and 8, to infringement of third-party rights, or to wilful misconduct.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after written notice, or if availability falls below the level in clause 5.1 in three months of any Subscription Year.

12.2 On termination by Customer under clause 12.1, Vendor shall refund the unused part of the Subscription Fee paid for the current Subscription Year.

12.3 On the end of this Agreement, Vendor shall return the Customer Data it still holds and delete it, except as allowed by clause 6.2.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Croatia.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, Croatia, by three arbitrators. The language of the arbitration is English.

14. GENERAL

14.1 This Agreement is made in English and Chinese. Both versions are equally authentic.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

SCHEDULE - FEES, CUSTOM TEMPLATES AND APPROVED CLOUD PROVIDER

A. Fees (CNY)
Set-up and Integration Fee, one-time: 88,000
Subscription Fee, Subscription Year 1: 420,000
Subscription Fee, Subscription Year 2: 420,000
Subscription Fee, Subscription Year 3: 420,000
Total Contract Value: 1,348,000
Overage above 6,000,000 calls in a Subscription Year: CNY 0.06 per call

B. Custom Templates
Invoice and expense-list formats of 38 county and township hospitals in Sichuan Province, as listed by Customer before signature.

C. Approved cloud provider
Chengdu region of Sichuan Tianfu Cloud Computing Co., Ltd.

Signed for Customer: ____________________ Date: __________

Signed for Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, language, format, source)
    "h315z01": ("h315z01_market_regulator_special_equipment_monitoring.pdf", "zh", "pdf", Z01),
    "h315z02": ("h315z02_meltblown_line_control_retrofit.docx", "zh", "docx", Z02),
    "h315z03": ("h315z03_maternity_centre_care_records_saas.txt", "zh", "txt", Z03),
    "h315z04": ("h315z04_peoples_congress_deputy_platform_om.txt", "zh", "txt", Z04),
    "h315z05": ("h315z05_braised_beef_mes_supplier_template.md", "zh", "md", Z05),
    "h315e01": ("h315e01_woodcarving_relief_cad_greek_vendor.pdf", "en", "pdf", E01),
    "h315e02": ("h315e02_nature_reserve_ticketing_saas_estonian_vendor.md", "en", "md", E02),
    "h315e03": ("h315e03_coconut_plantation_sensors_danish_integrator.docx", "en", "docx", E03),
    "h315e04": ("h315e04_dyeing_works_managed_backup_norwegian_provider.md", "en", "md", E04),
    "h315e05": ("h315e05_insurer_invoice_ocr_api_croatian_vendor.txt", "en", "txt", E05),
}

# ---------------------------------------------------------------- price and payment sums (asserted)
assert 260 * 3800 == 988000 and 52 * 6500 == 338000 and 988000 + 338000 + 560000 == 1886000
assert 1886000 + 486000 + 214000 + 38000 == 2624000 and 524800 + 1180800 + 918400 == 2624000
assert 2624000 * 20 // 100 == 524800 and 2624000 * 45 // 100 == 1180800 and 1886000 * 8 // 100 == 150880
assert 4 * 186000 == 744000 and 38 * 9600 == 364800 and 6 * 42500 == 255000 and 8 * 14800 == 118400
assert 744000 + 364800 + 255000 + 118400 + 236000 == 1718200 and 1718200 + 196000 + 118000 + 27800 == 2060000
assert 206000 + 1133000 + 721000 == 2060000 and 2060000 * 55 // 100 == 1133000 and 1718200 * 28 / 100 == 481096
assert 12 * 38000 == 456000 and 3 * 456000 + 186000 == 1554000 and 4 * 114000 == 456000
assert 336000 + 288000 + 126000 + 84000 + 58000 == 892000 and 180 * 1600 == 288000 and 4 * 223000 == 892000
assert 520000 + 126000 == 646000 and 36 * 3500 == 126000 and 646000 + 458000 + 124000 + 22000 == 1250000
assert 812500 + 437500 == 1250000 and 1250000 * 65 // 100 == 812500
assert 8 * 46500 == 372000 and 8 * 9800 == 78400 and 372000 + 78400 == 450400
assert 450400 + 168000 + 36000 + 41600 == 696000 and 139200 + 313200 + 243600 == 696000
assert 696000 * 20 // 100 == 139200 and 696000 * 45 // 100 == 313200 and 450400 * 11 / 100 == 49544
assert 2 * 268000 + 74000 == 610000
assert 12 * 38500 == 462000 and 160 * 2950 == 472000 and 8 * 12600 == 100800
assert 462000 + 472000 + 100800 + 186000 == 1220800 and 1220800 + 148000 + 96400 + 14800 == 1480000
assert 148000 + 814000 + 518000 == 1480000 and 1220800 * 9 / 100 == 109872
assert 36 * 42000 + 68000 == 1580000
assert 3 * 420000 + 88000 == 1348000 and 88000 + 420000 == 508000

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per contract: category, terms (differences from BASE), extra, fee base (goods), forum outside mainland, expected rules
SPEC = {
    "h315z01": ("hardware", dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2624000), 1886000, False, []),
    "h315z02": ("hardware", dict(ld_rate_per_day_pct=0.1, prepayment_pct=10, final_payment_on_acceptance=True,
                warranty_months=18, post_warranty_fee_pct=28, termination_for_breach=False,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2060000), 1718200, False,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
    "h315z03": ("cloud", dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1554000),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h315z04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=892000),
                None, False, []),
    "h315z05": ("software", dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=True,
                governing_law=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=1250000), 646000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h315e01": ("software", dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                governing_law="Greece", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=696000), 450400, True, ["CR-GOVERNING-LAW"]),
    "h315e02": ("cloud", dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=500 / 610000 * 100,
                liability_cap_pct=150, governing_law="Estonia"),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000),
                None, True, ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h315e03": ("hardware", dict(p1_response_hours=1, data_security_clause=False, confidentiality=False,
                ld_rate_per_day_pct=0.08, liability_cap_pct=80, prepayment_pct=10, final_payment_on_acceptance=True,
                warranty_months=24, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1480000), 1220800, False,
                ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h315e04": ("services", dict(sla_remedy=False, liability_cap_pct=round(6 / 36 * 100, 4)),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1580000),
                None, False, ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h315e05": ("cloud", dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=1200 / 1348000 * 100,
                liability_cap_pct=200, prepayment_pct=508000 / 1348000 * 100, governing_law="Croatia"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1348000),
                None, True, ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-PREPAYMENT"]),
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, x, base):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    horizon - warranty (pro rata). Returns (tco, share %) or None when the fee is not stated."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(t, x, base, forum_abroad):
    """the rules of policy.md §3 applied to a label (an independent reading, not the project's code)"""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_abroad:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, _, _ = FILES[key]
    cat, diff, extra, base, forum, rules = SPEC[key]
    terms = {k: diff.get(k, BASE[k]) for k in KEYS}
    assert set(diff) <= set(KEYS), key
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    if terms["contract_kind"] == "service":
        assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
    ext = {k: extra[k] for k in order if k in extra}
    assert derive(terms, ext, base, forum) == sorted(rules), (key, derive(terms, ext, base, forum), rules)
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": ext,
            "expected_rules": sorted(rules)}


def off_thresholds(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    near = lambda v, th, eps: v is not None and abs(v - th) < eps
    assert not near(t["availability_pct"], 99.9, 0.02), key
    assert not near(t["p1_response_hours"], 4, 0.5), key
    assert not near(t["ld_rate_per_day_pct"], 0.05, 0.01), key
    assert not near(t["liability_cap_pct"], 100, 5), key
    assert not near(t["prepayment_pct"], 30, 2), key
    assert not near(t["warranty_months"], 12, 1), key
    assert not near(t["post_warranty_fee_pct"], 15, 1), key
    c = tco(t, x, SPEC[key][3])
    assert c is None or not near(c[1], 40, 1), (key, c)
    return c


# ---------------------------------------------------------------- threshold figures in the texts
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM_BEFORE = r"(?<![\d.,])"
CN = "一二三四五六七八九十百千万两零〇第每"
PATTERNS = {
    "availability 99.9": [r"99\.9(?![\d])", r"九十九点九(?![五一二三四六七八九])"],
    "P1 4 hours": [NUM_BEFORE + r"4\s*(?:个)?\s*(?:小时|钟头|(?:business\s+|working\s+|clock\s+)?hours?\b|hrs?\b|h\b)",
                   r"(?<![" + CN + r"])四\s*个?\s*(?:小时|钟头)", r"\bfour\s*(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?\b",
                   NUM_BEFORE + r"240\s*(?:minutes?|mins?|分钟)", r"二百四十分钟", r"\btwo\s+hundred\s+and\s+forty\s+minutes"],
    "LD 0.05 %/day": [NUM_BEFORE + r"0\.05" + PCT, r"万分之五(?![十])", NUM_BEFORE + r"0\.0005(?!\d)",
                      r"\bfive\s+hundredths?\s+of\s+(?:one|a)\s+per\s*cent"],
    "cap 100 %": [NUM_BEFORE + r"100" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])", r"\bone\s+hundred\s+per\s*cent", r"一百%"],
    "prepayment 30 %": [NUM_BEFORE + r"30" + PCT, r"(?<![" + CN + r"])百分之三十(?![一二三四五六七八九])", r"三成",
                        r"\bthirty\s+per\s*cent"],
    "warranty 12 months": [NUM_BEFORE + r"12\s*(?:个\s*月|-?\s*months?\b)", r"(?<![" + CN + r"])十二\s*个\s*月",
                           r"(?<![十])一\s*年", r"\bone\s*(?:\(1\)\s*)?-?\s*years?\b", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b",
                           NUM_BEFORE + r"1\s*(?:-?\s*years?\b|年)", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [NUM_BEFORE + r"15" + PCT, r"(?<![" + CN + r"])百分之十五(?![点])", r"\bfifteen\s+per\s*cent"],
    "TCO share 40 %": [NUM_BEFORE + r"40" + PCT, r"(?<![" + CN + r"])百分之四十(?![一二三四五六七八九])", r"四成",
                       r"\bforty\s+per\s*cent"],
    "5 years / 60 months": [NUM_BEFORE + r"5\s*(?:-?\s*years?\b|年(?![\d月]))", r"(?<![" + CN + r"])五\s*年",
                            r"\bfive\s*(?:\(5\)\s*)?-?\s*years?\b", NUM_BEFORE + r"60\s*(?:个\s*月|-?\s*months?\b)",
                            r"(?<![" + CN + r"])六十\s*个\s*月", r"\bsixty\s*(?:\(60\)\s*)?-?\s*months?\b"],
}
RX = {k: [re.compile(p, re.I) for p in v] for k, v in PATTERNS.items()}
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4 business hours",
            "240 minutes", "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百",
            "30%", "30 percent", "百分之三十", "三成", "thirty per cent", "12个月", "12 months", "12-month", "十二个月",
            "one year", "一年", "1年", "1 year", "twelve (12) months", "15%", "百分之十五", "fifteen per cent", "40%",
            "百分之四十", "forty per cent", "5年", "5 years", "五年", "five years", "five (5) years", "60个月",
            "60 months", "六十个月", "sixty months", "a year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "1.5%", "150%",
             "四十二个月", "二十四个月", "2025年", "2026年12月31日", "十八个月", "三十六个月", "18 months", "36 months",
             "112 months", "0.005%", "万分之五十", "百分之三十五", "130%", "35%", "45%", "140%", "十五年", "二〇二五年",
             "第十一年", "1,500", "30 days", "60 days", "0.3 mm", "per year", "each year", "Subscription Year",
             "服务年度", "15 days", "40 TB", "5 business days", "three years", "四十小时", "400 minutes", "1.5 years"]


def hits(text):
    out = []
    for k, rxs in RX.items():
        for rx in rxs:
            for m in rx.finditer(text):
                out.append((k, m.group(0)))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("should hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("should miss", s, hits(s))


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered = set()
    print()
    print("%-9s %-4s %-5s %6s  %-6s %s" % ("key", "lang", "fmt", "length", "risk", "expected rules"))
    for k, (name, lang, fmt, src) in FILES.items():
        lab = label(k)
        c = off_thresholds(k, lab)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        assert lo <= n <= hi, (k, n)
        variants = [text, " ".join(text.split()), src]
        if lang == "zh":
            variants.append("".join(text.split()))
        for v in variants:
            h = hits(v)
            assert not h, (k, h)
        covered |= set(lab["expected_rules"])
        extra = "" if c is None else "  TCO %.0f, post-warranty share %.2f %%" % c
        print("%-9s %-4s %-5s %6d  %-6s %s%s" % (k, lang, fmt, n, risk(lab["expected_rules"]),
                                               ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)", extra))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    kinds = [len(SPEC[k][5]) for k in FILES]
    assert sorted(kinds)[:3] == [0, 0, 1] and kinds.count(0) == 2 and kinds.count(1) == 1
    assert sum(1 for n in kinds if n in (2, 3)) == 6 and len(SPEC["h315z05"][5]) >= 8
    assert risk(SPEC["h315e01"][5]) == "low"
    print("\nall 20 CR rules covered; mix 2 compliant / 1 single low / 6 with 2-3 / z05 with %d" % kinds[4])


if __name__ == "__main__":
    main()
