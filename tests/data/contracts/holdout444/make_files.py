"""holdout444: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the ten contract files and the ten labels,
derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them against the
design list, asserts that all 20 CR rules fire in the set, measures the read-back lengths and scans every built file and
every source for threshold figures. No project code is imported.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------------
H444Z01 = """
T:南湖区矛盾纠纷多元化解平台建设项目政府采购合同
P:采购项目编号：NHXF-2025-GK-017　合同编号：NHXF-HT-2025-031
P:甲方（采购人）：嘉兴市南湖区信访局　地址：浙江省嘉兴市南湖区
P:乙方（供应商）：浙江和衡数智科技有限公司　地址：杭州市西湖区文三路
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就南湖区矛盾纠纷多元化解平台（以下简称"平台"）的软件许可、定制开发及实施服务，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供矛盾纠纷多元化解平台软件的永久使用许可，并按甲方需求完成定制开发、历史数据迁移、部署实施及用户培训，使平台覆盖区信访局、7个镇（街道）社会治理中心及96个村（社区）调解室。
P:1.2 定制开发内容包括：矛盾纠纷受理、分流、调解、回访全流程；与浙里办、12345政务服务热线及区社会治理综合指挥平台的数据对接；人民调解、行政调解、司法调解的协同工作台；领导驾驶舱及统计报表。详细需求以双方确认的《需求规格说明书》为准。
P:1.3 乙方应组建不少于8人的项目团队，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,388,000元（大写：壹佰叁拾捌万捌仟元整），含税，为固定价格，包括乙方完成本合同全部工作所需的一切费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|平台软件永久许可|1套|680,000
TB:2|定制开发|1项|540,000
TB:3|历史数据迁移|1项|86,000
TB:4|部署实施|1项|64,000
TB:5|用户培训（不少于300人次）|1项|18,000
TB:合计|||1,388,000
P:2.2 上表第1项为软件许可费，计680,000元；第2至5项为实施类费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额有效发票后10个工作日内，甲方支付合同总价的20%作为预付款，计277,600元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计624,600元。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，计485,800元。
P:3.4 甲方按财政国库集中支付程序付款，因审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成定制开发及部署，120日内具备初步验收条件。
P:4.2 平台部署于甲方指定的政务云环境，乙方负责应用系统安装、配置及与相关系统的联调，并提交部署手册和运维手册。
P:4.3 乙方应每两周向甲方书面报告项目进度；发现可能影响工期的问题，应及时报告并提出措施。
P:4.4 甲方负责提供政务云资源、网络环境及与相关部门系统对接的协调；乙方应在合同签订后15日内提交详细实施方案和资源需求清单，经甲方确认后执行。
H:第五条 验收
P:5.1 初步验收：平台全部功能按《需求规格说明书》逐项测试通过；与浙里办、12345热线及综合指挥平台的接口连续10日数据交换无差错；历史数据迁移后经抽样核对一致；第三方机构出具的安全测评报告无高危问题。
P:5.2 初步验收合格后进入90日试运行。试运行期间未发生一级故障，且全部问题均已整改完毕的，甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签收文档均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
P:4.5 乙方派驻人员应遵守甲方的保密和安全管理规定，进出甲方办公场所须登记。
H:第六条 质量保证与服务水平
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、因政策调整引起的功能微调及电话、远程和现场技术支持。
P:6.2 平台月度可用率不低于99.95%。一级故障（平台整体无法访问或受理功能中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，2个工作日内解决。
P:6.3 乙方未达到上款服务水平的，每超时1小时扣减800元；月度可用率每低于承诺值0.01个百分点扣减1,000元，从后续应付款项或维护费中抵扣。
P:6.4 质保期满后，甲方可与乙方另行签订维护合同，年度维护费不超过软件许可费的8%，即每服务年度不超过54,400元，前三个服务年度价格不变，维护合同不自动续期。
H:第七条 数据安全与数据归属
P:7.1 平台中的信访件、当事人个人信息、调解记录及统计数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，采取访问控制、加密传输与存储、操作审计等措施；乙方人员远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失。
P:7.4 合同终止时，乙方应将全部数据移交甲方并删除其可能持有的副本，出具书面说明。
H:第八条 保密
P:8.1 乙方对履行本合同知悉的甲方工作秘密、信访事项及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的程序、源代码、接口及文档的知识产权归甲方所有。乙方应在最终验收时交付全部源代码和技术文档，甲方可自行或委托第三方修改、使用。
P:9.3 乙方保证其交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应负责整改并承担由此产生的费用；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求文件为本合同组成部分，内容不一致的，以对甲方更有利者为准。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：嘉兴市南湖区信访局　　乙方（盖章）：浙江和衡数智科技有限公司
P:授权代表：＿＿＿＿　　授权代表：＿＿＿＿
P:签订日期：2025年　月　日
"""

H444Z02 = """
T:挤出生产线控制系统改造及维保合同
P:合同编号：YSGY-ZB-2025-0612
P:甲方：广东粤晟塑胶管业有限公司（以下简称"甲方"）
P:乙方：佛山市创控自动化工程有限公司（以下简称"乙方"）
P:鉴于甲方PE/PPR管材车间6条挤出生产线的控制系统老化、配方切换依赖人工、生产数据无法采集，甲方决定对其进行改造。乙方具备相应的工程能力，双方经协商，就控制系统改造及质保期后维保事宜订立本合同。
H:一、改造范围
P:（一）6条挤出线的PLC控制柜更换、主机及牵引的伺服/变频驱动改造、操作屏更换、在线测厚仪接口改造。
P:（二）提供生产数据采集软件许可一套，采集挤出机温区、熔体压力、牵引速度、壁厚等数据，并与甲方现有ERP系统对接。
P:（三）编制联动控制程序和配方管理程序，完成安装、调试、试生产及操作人员培训。
H:二、合同价款
P:（一）合同总价为人民币1,119,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6套|68,000|408,000
TB:2|伺服/变频驱动改造|6线|42,000|252,000
TB:3|HMI触摸屏|6台|9,500|57,000
TB:4|在线测厚仪接口模块|6套|12,000|72,000
TB:5|生产数据采集软件许可（永久）|1套|138,000|138,000
TB:|软硬件小计|||927,000
TB:6|控制程序编制|1项|84,000|84,000
TB:7|安装调试|1项|96,000|96,000
TB:8|培训|1项|12,000|12,000
TB:|合计|||1,119,000
P:（二）上述价格为固定价格，包含设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。
H:二之一、技术要求
P:（一）PLC须采用甲方认可的主流品牌中型控制器，I/O点预留不少于20%的余量；控制柜防护等级不低于IP54，柜内布线整齐并附端子图。
P:（二）驱动改造后，主机转速控制精度应达到±0.5%，牵引速度与主机转速自动联动，断管、缺料、熔体压力超限时自动报警并按预设程序降速或停机。
P:（三）配方管理程序应支持不少于200个配方的存储、调用、修改记录和权限分级，配方修改须经工艺员审批。
P:（四）数据采集软件应按秒级采集各工艺参数，数据在甲方服务器上保存不少于三个年度，并可按班次、批次、产品规格导出报表。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的10%作为预付款，计111,900元。
P:（二）设备全部到货并经甲方签收后，支付合同总价的50%，计559,500元；到货签收仅确认数量和外观，不代表质量验收。
P:（三）最终验收合格后，支付合同总价的35%，计391,650元。
P:（四）余款5%（55,950元）作为质量保证金，质保期满且无未决质量问题后支付。
H:四、工期与改造安排
P:（一）乙方应在合同签订后45日内完成设备到货，到货后按甲方排产计划逐线停机改造，每条线停机不超过4天，全部6条线在100日内改造完毕。
P:（二）改造期间乙方须遵守甲方安全生产制度，动火、登高、带电作业须办理作业票。
P:（三）乙方应提前三日提交每条线的停机改造方案，经甲方生产部确认后实施；改造后试生产的原料损耗在每线两吨以内的由甲方承担，超出部分由乙方承担。
H:五、验收
P:（一）每条线改造完成后进行单线调试，验收标准为：连续72小时稳定生产无控制故障；壁厚偏差不超过±0.1 mm；配方切换时间不超过10分钟；各项数据在采集软件中实时显示并与仪表读数一致；ERP接口数据核对无误。
P:（二）6条线全部单线验收合格后，进行30日整体试运行，试运行期间未发生造成停线的一级故障的，甲方签署最终验收报告。
P:（三）设备安装、试生产或甲方付款均不视为验收合格。
P:（四）改造完成后，乙方应向甲方移交电气原理图、接线图、程序备份、参数设置表、设备说明书及合格证，资料不全的，甲方有权暂缓组织最终验收。
P:（五）单线验收不合格的，乙方应在7日内整改完毕并重新验收。
H:六、质保与维保服务
P:（一）质保期为最终验收合格之日起二十四个月。质保期内乙方免费维修或更换有缺陷的设备和部件，并免费提供软件修复和技术支持。
P:（二）故障分级与服务时限：一级故障（整线停机）30分钟内响应，6小时内到场，当班内恢复生产；二级故障（单项功能失效）2小时内响应，2个工作日内解决。
P:（三）乙方未按上款时限响应或到场的，每超时1小时向甲方支付500元。
P:（四）质保期满后，乙方提供年度维保服务，维保费每服务年度按软硬件小计的7%计取，即64,890元，前三个服务年度不调价，服务内容与质保期内相同，由双方另行签订年度维保合同，不自动续期。
P:（五）乙方应对甲方电工、工艺员及操作工进行培训，内容包括设备操作、配方管理、常见故障处理和日常保养，培训不少于60人次，并提交培训记录和操作手册。
P:（六）乙方应在甲方现场存放常用备件，包括CPU模块、I/O模块、驱动器和触摸屏各一套，质保期内备件消耗由乙方及时补足。
H:七、知识产权
P:（一）乙方为本项目编制的控制程序、配方管理程序、ERP接口程序及其源代码、注释和技术文档归甲方所有，甲方可自行修改和使用。
P:（二）PLC、驱动器等设备自带的固件及数据采集软件的知识产权归其权利人所有，甲方享有永久使用权。
H:八、数据安全
P:（一）生产工艺参数、配方和生产数据归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程维护须事先经甲方设备部批准，通过甲方提供的VPN接入并全程记录；维护结束后立即断开连接。
P:（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对甲方的工艺配方、生产数据、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
H:十、分包
P:乙方可将现场电气布线、桥架安装等辅助工作分包给第三方，但应在进场前书面通知甲方；乙方对分包部分的质量和安全向甲方负责。
H:十一、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的0.08%向甲方支付违约金。
P:（二）因乙方原因造成甲方停产的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:十二、合同的履行与解除
P:本合同生效后，任何一方均不得单方解除本合同。一方违约的，守约方有权要求违约方继续履行、采取补救措施并按本合同约定支付违约金、赔偿损失，但不得以此为由解除合同。
P:因乙方原因导致本合同无法继续履行的，乙方应退还甲方已付但尚未履行部分的款项，并赔偿甲方重新采购增加的费用。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备清单、技术方案、验收记录表。
P:甲方（盖章）：广东粤晟塑胶管业有限公司　　乙方（盖章）：佛山市创控自动化工程有限公司
P:代表签字：＿＿＿＿　　代表签字：＿＿＿＿　　日期：2025年　月　日
"""

H444Z03 = """儿童摄影门店预约及客片管理系统订阅服务合同

合同编号：XSM-SaaS-2025-008

甲方：成都小树苗儿童摄影连锁有限公司（以下简称"甲方"）
乙方：杭州云拾影像科技有限公司（以下简称"乙方"）

鉴于：甲方在成都、德阳、绵阳经营12家儿童摄影门店，需要统一的线上预约、档期排班、客片选片与交付系统；乙方运营"拾光"影楼管理SaaS平台。双方经协商，就甲方订阅该平台及乙方提供实施服务事宜，订立本合同。

1. 服务内容
1.1 乙方向甲方12家门店开通"拾光"平台标准版订阅，包括：微信小程序预约、门店档期与摄影师排班、会员与套系管理、客片上传与在线选片、精修片交付、满意度回访。
1.2 乙方为甲方提供客片云存储空间20 TB，存放原片及精修片。
1.3 实施服务：为甲方配置品牌小程序、导入近三个年度的会员与订单数据、完成12家门店的上线培训。
1.4 服务期：自上线验收合格之日起两个服务年度（"初始服务期"）。

1.5 乙方应指定一名实施经理负责本项目，在实施期间每周向甲方报告进度，并为每家门店安排不少于半天的现场培训，培训对象包括店长、前台、摄影师和修图师。
1.6 服务期内，乙方向甲方提供的平台功能不得少于签约时的标准版功能；乙方对平台进行升级的，应提前7日通知甲方，且不得降低甲方已使用功能的可用性。
1.7 甲方负责提供门店网络、收银及拍摄设备，按乙方要求整理会员和订单数据，并指定总部运营部为本项目的对接部门。

2. 费用
2.1 费用明细如下：
  门店订阅费：每店每服务年度9,800元 × 12店 = 117,600元/服务年度
  客片云存储（20 TB）：36,000元/服务年度
  实施费（一次性）：58,000元
2.2 初始服务期合同总价为365,200元（两个服务年度订阅及存储费307,200元，加实施费58,000元），含税。
2.3 超出20 TB的存储按每TB每月150元另计，按实际用量结算，不计入合同总价。

2.4 上述费用已包含平台使用、客片存储、技术支持及服务期内的版本升级，乙方不得另行收取其他费用。

3. 付款
3.1 本合同不设预付款。
3.2 实施费在上线验收合格后15日内支付。
3.3 订阅费和存储费按季度结算，每季度结束后15日内支付当季费用。

4. 上线与验收
4.1 乙方应在合同签订后40日内完成配置、数据导入和培训，达到上线验收条件。
4.2 验收标准：12家门店均能通过小程序完成预约、改期和取消，并经甲方实际测试各20单无差错；导入的会员及订单数据与甲方提供的原始数据逐条核对一致；客片上传、选片、精修交付流程在3家门店试运行10日无一级故障；小程序通过微信官方审核并上线。
4.3 全部标准达到后，甲方出具书面验收单。门店试用或甲方付款不视为验收合格。
4.4 乙方逾期达到上线验收条件的，每逾期一日向甲方支付280元违约金。

5. 服务水平
5.1 平台月可用率不低于99.5%（计划维护时间除外，计划维护须提前3日通知并安排在0:00至6:00之间）。
5.2 一级故障（全部门店无法预约或无法选片）乙方30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
5.3 月可用率低于承诺值的，每低0.5个百分点，乙方减免当月订阅费的5%，最多减免当月订阅费的一半；响应超时的，每次减免200元。

5.4 乙方应为甲方开通工单系统和7×24小时服务热线，并每月向甲方发送服务报告，列明当月可用率、故障情况及处理结果。
5.5 周末及节假日为门店经营高峰，乙方不得在周五18:00至周日22:00之间以及法定节假日期间安排计划维护。

6. 数据归属与数据安全
6.1 甲方上传或平台产生的会员信息、儿童及家长照片、订单及客片均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于广告、模型训练或任何其他目的，也不得向第三方提供。
6.2 乙方应将数据存储于中国境内，采取加密存储、分级授权、操作日志留存、异地备份等措施，并按《个人信息保护法》及儿童个人信息保护的要求处理数据。
6.3 发生数据泄露或丢失的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向顾客承担的赔偿。
6.4 服务终止后30日内，乙方应按甲方要求导出全部数据及客片并交付甲方，随后删除，出具删除证明。

6.5 乙方人员访问甲方数据须经授权并留存记录，乙方应每个服务年度组织数据安全培训，并在甲方要求时提供安全措施说明和第三方测评报告。
6.6 甲方负责取得顾客对其个人信息及儿童照片处理的同意，乙方应在小程序中按甲方要求设置隐私政策及授权弹窗。

7. 保密
双方对在合作中知悉的对方商业信息、顾客信息和技术信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。

7.1 乙方应要求其员工对在服务过程中接触的甲方顾客信息和客片严格保密，员工离职时应收回其全部账号和权限。
8. 知识产权
8.1 平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
8.2 乙方为甲方定制的小程序页面、品牌模板和报表配置归甲方所有，甲方可自行修改或交由其他服务商使用。

9. 服务期满与续期
9.1 初始服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
9.2 每次续期时，乙方有权根据市场情况调整订阅费和存储费单价，调整幅度不超过上一服务年度单价的10%，乙方于续期前30日书面通知甲方即可。

10. 分包
乙方使用阿里云华东区域提供的云基础设施，甲方签署本合同即视为同意。除此之外，乙方将本合同任何服务分包给第三方的，须事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违约，或连续两个月月可用率低于承诺值，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，乙方退还已付未用的费用。
11.2 甲方逾期付款超过60日的，乙方可暂停服务。

11.3 本合同解除或终止后，乙方应按第6.4条完成数据导出和删除，并在过渡期内继续提供不超过30日的只读访问，费用按日折算。

11.4 甲方依照本条解除合同的，乙方应配合甲方将数据迁移至新的系统。
12. 违约责任
12.1 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失。
12.2 乙方违反第6条的，除赔偿损失外，甲方有权立即解除合同。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

13.1 双方因履行本合同发生争议的，应首先协商解决；协商和仲裁期间，乙方不得以争议为由中断平台服务或限制甲方导出数据。

14. 其他
附件一：门店清单（12家门店名称、地址及负责人）。
附件二：平台标准版功能清单及小程序配置需求。
附件三：数据导入范围及核对规则。
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都小树苗儿童摄影连锁有限公司
乙方（盖章）：杭州云拾影像科技有限公司
签订日期：2025年 月 日
"""

H444Z04 = """江门市疾病预防控制中心免疫规划信息系统运维服务合同

项目名称：免疫规划信息系统运维服务项目（竞争性磋商）
项目编号：JMCDC-CS-2025-014
甲方：江门市疾病预防控制中心
乙方：广州禾安医疗信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就江门市免疫规划信息系统（含接种门诊客户端、预防接种数据中心及与省免疫规划平台的接口）的运维服务，签订本合同。

一、服务期限与范围
（1）服务期自2025年7月1日起至2026年6月30日止。
（2）服务范围：全市86个预防接种门诊及产科接种室的客户端支持；数据中心应用、数据库及接口的日常运维；疫苗目录、免疫程序调整引起的配置变更；数据质量核查与治理；配合甲方完成等级保护测评整改。
（3）乙方派驻2名运维工程师在甲方驻场办公，工作日8:30至17:30在岗，其余时间电话值守。

（4）乙方驻场人员应具备医疗卫生信息系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前15日书面申请并经甲方同意，交接期间服务不得中断。
（5）乙方每月开展一次系统巡检，每季度开展一次数据备份恢复演练，并在接种高峰期（新生儿集中接种、流感疫苗接种季）前完成专项保障。
二、合同金额
（1）合同总价为人民币486,000元，含税，包括：
  系统运维（驻场2人）：312,000元
  接种门诊远程支持：96,000元
  数据质量治理：48,000元
  等保测评整改配合：30,000元
（2）上述价格为服务期内全部服务的固定总价，甲方不再支付其他费用。

（3）服务期内因省平台接口规范调整、疫苗目录更新产生的配置变更和小规模接口改造，包含在上述价格中，乙方应在甲方通知之日起10个工作日内完成。
三、付款方式
（1）本合同不设预付款。
（2）服务费按季度支付：每季度结束后，甲方依据季度考核结果在15个工作日内支付当季服务费121,500元；考核扣减的金额从当季服务费中扣除。

（3）甲方应在收到乙方发票后核对季度考核结果，对考核结果有异议的，双方在5个工作日内协商确认。
（4）甲方因财政资金拨付原因延迟付款的，应及时告知乙方，乙方不得因此降低服务标准或中断服务。
四、服务水平
（1）系统月可用率不低于99.95%。
（2）一级故障（数据中心服务中断，或5个以上接种门诊无法登记接种）：15分钟内响应，1小时内到场，2小时内恢复。
（3）二级故障（单个门诊无法使用或接口数据延迟超过2小时）：30分钟内响应，8小时内解决。
（4）乙方每月5日前提交上月运维报告，列明故障、变更及数据质量情况。
（5）考核扣减：一级故障每超时1小时扣减1,000元；月可用率每低于承诺值0.01个百分点扣减500元；运维报告每迟交1日扣减200元。

五、交接与验收
（1）乙方应在服务期开始后20日内完成与原运维单位的交接，包括系统账号、配置文档、接口清单、巡检脚本的清点，形成交接确认单。
（2）每季度末甲方依据第四条的服务水平及运维报告进行季度考核；服务期满时，甲方对全年服务组织终验，终验标准为：全年未发生数据丢失；各项服务水平达标；全部变更有记录并可追溯；运维文档完整移交。
（3）乙方未按本合同完成疫苗目录变更、省平台接口改造等指定任务的，每逾期一日按合同总价的万分之二支付违约金。

（4）乙方每季度向甲方提交服务工作总结，包括工单统计、数据质量核查结果、存在问题及改进建议；服务期满前提交全年工作总结。
六、数据安全
（1）系统中的受种者个人信息、接种记录、疫苗出入库数据均属于甲方所有。乙方仅为运维需要访问，不得复制、导出、留存，不得用于任何其他目的。
（2）乙方人员须签署个人保密承诺书，经甲方审核后通过堡垒机访问生产系统，所有操作留痕；严禁使用个人设备存储数据。
（3）乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求。发生数据泄露、丢失或篡改的，应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（4）乙方应定期对系统进行漏洞扫描，发现高危漏洞应在3个工作日内完成修复；数据库备份应每日进行，并在甲方机房之外的政务云存放一份加密副本。
（5）服务期满或合同解除时，乙方应交回全部账号、权限和文档，并书面确认未留存任何数据。
七、保密
乙方对履行合同中知悉的甲方数据、系统架构、账号口令及其他非公开信息负有保密义务，服务期满后仍须遵守，不得向任何第三方泄露。

（4）乙方应配合甲方完成上级卫生健康部门和网信部门组织的数据安全检查，对检查发现的问题按期整改。
八、知识产权
乙方在运维过程中为甲方编写的巡检脚本、数据治理规则、运维手册及其他文档归甲方所有，甲方可自由使用和修改，并可提供给后续运维单位。

（2）乙方交付的运维文档、数据治理规则及巡检脚本应在服务期满时完整移交甲方，并保证后续运维单位能够据此接手系统。
九、分包
乙方不得将本合同服务转包或分包。

十、违约与责任限额
（1）乙方未达到服务要求的，按第四条扣减服务费；扣减不足以弥补甲方损失的，乙方应继续赔偿。
（2）乙方在本合同项下的累计赔偿责任（含违约金和扣减）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
（3）甲方逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

（4）乙方人员在甲方场所工作期间发生人身伤害的，由乙方自行负责；乙方人员的违法违规行为由乙方承担责任。
十一、合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期结算。

乙方严重违反第六条数据安全约定的，甲方有权立即解除本合同，并追究乙方的法律责任；甲方依本条解除合同的，乙方应退还甲方已付但尚未提供服务部分的费用。
十二、服务期满
本合同服务期满即终止，不自动续期。甲方如需继续采购运维服务，将依法另行组织采购，乙方应配合新的运维单位完成交接。

乙方应在服务期满前30日提交交接方案，配合新的运维单位完成账号、文档、脚本和未结工单的交接，交接期不超过30日，交接期间乙方继续按本合同提供服务，不另收费。
合同解除后，双方按照实际服务期限和考核结果结算服务费。
十三、争议解决
双方因本合同发生争议的，协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

如遇重大疫情或突发公共卫生事件，乙方应按甲方要求增派人员，实行全天候保障，所需费用由双方另行协商。
（2）乙方应当在服务期满后继续履行第六条、第七条约定的义务，直至甲方确认全部数据已经移交或销毁。
十四、其他
（1）竞争性磋商文件、乙方响应文件、成交通知书均为本合同的组成部分。
（2）本合同一式五份，甲方三份，乙方二份，自双方盖章之日起生效。

甲方（盖章）：江门市疾病预防控制中心　　乙方（盖章）：广州禾安医疗信息技术有限公司
代表：　　　　　　　　　　　　　　　　代表：
日期：2025年6月　日
"""

H444Z05 = """# 智腌云腌制池监控平台软件许可及定制开发合同

**（渝智腌标准合同范本ZY-2024-V2）**

合同编号：ZY-XS-2025-0427

甲方（买方）：重庆涪陵鑫乌江榨菜食品有限公司

乙方（卖方）：重庆智腌物联科技有限公司

甲方拟对其榨菜原料腌制车间的64个腌制池实施数字化监控。乙方是"智腌云"腌制池监控平台的开发商。经友好协商，甲方采购乙方平台软件许可及定制开发服务，双方签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"智腌云"腌制池监控平台软件的永久使用许可（单厂区版），接入甲方已有的盐度、温度、液位传感器，实现64个腌制池的实时监测和告警。

1.2 乙方按甲方需求进行定制开发，包括：盐度、温度、液位历史曲线和批次追溯；青菜头入池至出池的发酵周期预警模型；与甲方ERP的原料批次对接；车间大屏和手机端告警推送。

1.3 乙方负责平台在甲方服务器上的部署和调试。

1.4 乙方提供的平台功能主要包括：腌制池实时数据看板、盐度与温度超限告警、液位异常告警、池位管理、批次管理、出入池记录、统计报表和用户权限管理。

1.5 甲方负责提供满足要求的服务器（不低于16核CPU、64G内存、2T存储）、操作系统、数据库及网络环境，并确保传感器数据可通过Modbus或OPC接口读取。

## 第二条 合同价格

|序号|项目|金额（元）|
|---|---|---|
|1|智腌云平台软件永久许可（单厂区版）|520,000|
|2|定制开发|180,000|
|3|部署实施及培训|48,000|
||合计|748,000|

合同总价为人民币748,000元（含税）。

上述价格不包括服务器、操作系统、数据库、传感器及其安装费用，也不包括甲方新增需求的开发费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即374,000元，乙方收款后启动项目。

3.2 平台上线运行后10个工作日内，甲方支付剩余50%，即374,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停服务。

3.4 维保费、培训费、现场服务差旅费及需求变更费用另行结算，不包括在合同总价内。乙方收款后开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知乙方并提供开票资料。

## 第四条 交付与上线

4.1 乙方在收到首付款后75日内完成开发和部署，具备上线条件后通知甲方。

4.2 甲方应提供服务器、网络和传感器数据接口，并安排人员配合。因甲方原因导致延误的，工期相应顺延。

4.3 乙方在部署完成后为甲方提供一次集中培训，培训人数不超过20人；超出部分或再次培训按每人每天800元另行收费。

4.4 甲方应指定一名项目联系人，在乙方提出需求确认、数据接口或现场配合要求后3个工作日内予以答复。

## 第五条 验收

5.1 平台部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的需求变更，乙方另行报价。

5.3 甲方在上线后7日内未书面提出问题的，乙方不再就上线前的事项承担修改义务。

## 第六条 质保与技术支持

6.1 平台免费维护期为上线之日起六个月，维护期内乙方免费修复软件缺陷。

6.2 维护期内，一级故障（平台无法使用或告警失效）乙方在接到报修后8小时内响应，二级故障2个工作日内响应。

6.3 乙方将尽力排除故障，但故障处理时间受现场条件影响，乙方不因响应或处理超时承担扣款、赔偿或违约责任。

6.4 维护期内的服务方式以电话和远程为主；确需现场服务的，乙方在双方约定的时间到场，差旅费用由甲方承担。

6.5 因甲方操作不当、擅自修改程序、传感器或服务器故障、断电断网等原因引起的问题，不属于免费维护范围。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，维保费按软件许可费的25%每服务年度计收，即130,000元，维保期内服务内容同第六条。

7.2 维保费于每个服务年度开始前支付。甲方未购买维保的，乙方不再提供任何技术支持和升级。

7.3 维保服务包括：软件缺陷修复、版本升级、远程技术支持和每服务年度一次现场巡检；定制功能的修改和新增需求另行收费。

## 第八条 知识产权

8.1 平台软件及乙方为本项目开发的全部定制功能、预警模型、接口程序及其源代码的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，不得交由第三方维护或二次开发。

8.3 甲方不得将平台软件及其文档提供给第三方，不得用于甲方其他厂区；甲方需在其他厂区使用的，应另行购买许可。

## 第九条 数据

9.1 甲方的生产数据归甲方所有。乙方应采取访问控制、传输加密和日志审计等措施保障数据安全；因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应赔偿责任。

9.2 甲方同意，乙方可对平台运行中产生的腌制工艺数据（盐度、温度、发酵周期等）进行脱敏处理后，用于乙方预警模型的训练和优化，并用于乙方向其他客户提供的产品和服务。

9.3 甲方应自行做好服务器、操作系统和数据库的安全防护及数据备份。

9.4 甲方要求删除平台数据的，应在合同终止后15日内书面提出，乙方删除后不再承担数据恢复义务。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露。

10.2 本合同的保密义务在合同终止后两个年度内继续有效。

## 第十一条 违约责任

11.1 乙方逾期完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部责任（包括违约金、赔偿金及其他责任）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及产品损失。

11.3 因不可抗力导致合同不能履行的，双方互不承担责任，但应及时通知对方并提供证明。

11.4 甲方因乙方逾期交付主张违约金的，应在平台上线前以书面形式提出，逾期未提出的视为放弃。甲方不得以乙方违约为由拒付或迟付合同款项。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 本合同解除的，甲方已支付的款项不予退还，甲方应支付乙方已完成工作的费用。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

13.2 诉讼期间，本合同不涉及争议的部分应继续履行。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议；补充协议与本合同具有同等效力，但不得与本合同正文的约定相冲突。

14.3 本合同附件包括：软件功能清单、定制开发需求确认书、部署方案。附件与正文不一致的，以正文为准。

14.2 本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：重庆涪陵鑫乌江榨菜食品有限公司

乙方（盖章）：重庆智腌物联科技有限公司

日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------------
H444E01 = """
T:Software Licence and Services Agreement
P:Agreement No. CAS-HBC-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Hubei Jingshan Cement Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jingmen, Hubei Province (the "Customer"), and Chinook Asset Systems Ltd., a corporation incorporated under the laws of Alberta, Canada, with its principal office in Calgary, Alberta (the "Vendor").
H:Recitals
P:A. The Customer operates two clinker lines and a grinding plant and wishes to replace its paper-based maintenance records with an enterprise asset management system.
P:B. The Vendor publishes the Chinook EAM software and provides configuration, integration, migration and training services for it.
P:C. The parties wish to record the terms on which the Vendor grants perpetual licences and performs those services.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Chinook EAM server software, the named-user licences and the mobile work-order module listed in Article 3, in object code, with the documentation.
P:1.2 "Custom Deliverables" means all configurations, workflows, report templates, integration programs, migration scripts and documents that the Vendor prepares specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer's maintenance planners issue work orders in the production system.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 6.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and install the Licensed Software on the Customer's servers at the Jingmen plant, configure it to the agreed Functional Specification, integrate it with the Customer's Kingdee ERP for spare-parts purchasing and inventory, migrate the existing asset register and maintenance history, and train the Customer's staff.
P:2.2 The Vendor shall assign a named project manager who speaks Mandarin and shall not replace that person without the Customer's written approval.
H:Article 3 Licence and Price
P:3.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for the Customer's own operations at its plants in the People's Republic of China.
P:3.2 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is fixed and includes all taxes.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Named-user licences, Chinook EAM|120|6,800|816,000
TB:Mobile work-order module, site licence|1|144,000|144,000
TB:Licence Subtotal|||960,000
TB:Configuration and ERP integration|1|388,000|388,000
TB:Data migration|1|96,000|96,000
TB:Training (key users and technicians)|1|36,000|36,000
TB:Contract Price|||1,480,000
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 148,000) within 20 days after signature and receipt of a valid invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 814,000) within 20 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 518,000) within 20 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer to the Vendor's account in China against a valid VAT invoice issued by the Vendor's Chinese subsidiary.
H:Article 5 Timetable and Delay Damages
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature and shall be ready for the final acceptance tests within 180 days after signature.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. The Customer may deduct delay damages from any amount due.
P:5.3 If a delay exceeds 60 days, the Customer may in addition terminate this Agreement under Article 13.
H:Article 6 Acceptance
P:6.1 The final acceptance tests shall show that: (a) every function in the Functional Specification works as described; (b) the migrated asset register reconciles line by line with the source data; (c) purchase requisitions and goods receipts pass between the system and Kingdee ERP without error for 15 consecutive working days; (d) the mobile module works offline in the kiln area and synchronises without data loss; and (e) the system has run for 30 days after Go-Live without a Severity 1 incident.
P:6.2 When all criteria are met the Customer shall issue a Final Acceptance certificate within 10 days. If a test fails, the Vendor shall correct the defect at its own cost and the test shall be repeated.
P:6.3 Installation, training, Go-Live, use of the system in production or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the documentation and the Functional Specification for 18 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, provide new releases and patches, and provide telephone, remote and on-site support free of charge.
P:7.3 Severity 1 (the system is down or work orders cannot be issued at a plant): response within 1 hour, workaround within 8 hours. Severity 2 (a major function fails): response within 2 hours, correction within 3 working days. Severity 3: response within 1 working day.
P:7.4 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or support fee.
H:Article 8 Annual Support after Warranty
P:8.1 After the Warranty Period the Customer may purchase Annual Support, covering the services in Articles 7.2 to 7.4, for a fee of 11% of the Licence Subtotal per Support Year, that is CNY 105,600 per Support Year.
P:8.2 The fee is fixed for the first three Support Years. Any later change requires the parties' written agreement and may not exceed 3% per Support Year.
P:8.3 Annual Support is ordered by a purchase order for each Support Year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify, copy and license the Custom Deliverables freely, including to another service provider.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Customer Data and Data Security
P:10.1 All data entered into or generated by the system, including asset records, maintenance history, personnel names and supplier prices ("Customer Data"), belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and for no other purpose.
P:10.2 The system is hosted on the Customer's own servers in China. The Vendor's remote access shall take place only through the Customer's VPN, with prior approval for each session, named accounts and multi-factor authentication, and shall be logged. The Vendor shall not copy Customer Data to any system outside the Customer's network and shall comply with the Personal Information Protection Law and the Data Security Law.
P:10.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate remedial action, and shall be responsible for all losses the Customer suffers from a security incident caused by the Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties.
P:11.2 These obligations survive termination for three years, and for trade secrets for as long as the information remains secret.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price.
P:12.2 The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 9.3 or breach of Article 10 or Article 11.
H:Article 13 Subcontracting and Termination
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and deliver all Custom Deliverables completed so far.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan under its rules. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with the Functional Specification and the Vendor's quotation as annexes, is the entire agreement between the parties. Where they conflict, this Agreement prevails.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both texts are equally authentic.
P:Signed for the Customer: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Date: __________
"""

H444E02 = """# Order Form and General Terms — Savoir LMS Subscription

**Order Form No. SV-2025-0318**

| | |
|---|---|
| Provider | Savoir Numérique Inc., Montréal, Quebec, Canada, acting through its Shanghai subsidiary for invoicing |
| Customer | Hangzhou Lanting Hotel Management Co., Ltd., Hangzhou, Zhejiang, People's Republic of China |
| Service | Savoir LMS, hosted learning management platform, Enterprise edition |
| Authorised Users | up to 3,000 named employees across the Customer's 26 hotels |
| Initial Term | three Subscription Years from the Subscription Start Date |
| Subscription Start Date | the date of Onboarding Acceptance under Section 4 |

## Part A — Order Form

### Section 1 Fees

1.1 At the Customer's request all fees are stated and paid in CNY and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Enterprise edition, 3,000 users | per Subscription Year, 264,000 × 3 | 792,000 |
| Onboarding (SSO, HR import, course migration, branding) | one-time | 46,000 |
| Total fees for the Initial Term | | 838,000 |

1.2 The fees are fixed for the Initial Term. No fee is payable for additional storage or for the mobile app.

### Section 2 Invoicing and Payment

2.1 No fee is payable before the Subscription Start Date.

2.2 The Onboarding fee is invoiced on Onboarding Acceptance. Subscription fees are invoiced quarterly in arrears, at the end of each quarter of a Subscription Year.

2.3 The Customer shall pay each correct invoice within 30 days of receipt.

### Section 3 Onboarding

3.1 Provider will configure single sign-on with the Customer's Microsoft Entra tenant, set up a daily import of employee records from the Customer's HR system, migrate the Customer's existing 140 training courses and quiz banks, and apply the Customer's branding in Chinese and English.

3.2 Provider will use reasonable efforts to make the Service ready for Onboarding Acceptance within 45 days after signature of this Order Form. The target date is an estimate.

### Section 4 Onboarding Acceptance

4.1 The Customer will test the Service within 10 working days after Provider's notice of readiness. The acceptance criteria are: (a) employees of all 26 hotels can log in through single sign-on; (b) the employee import reconciles with the HR system export record by record; (c) all 140 migrated courses open, play and record completions correctly; (d) reports on completion by hotel and department match a manual sample of 50 employees; and (e) the mobile app works on the Customer's standard Android and iOS devices.

4.2 When all criteria are met the Customer shall sign an Onboarding Acceptance certificate. Use of the Service by hotel staff before that date does not amount to acceptance.

4.3 If the Service fails any criterion, Provider will correct the configuration and notify the Customer, and the Customer will repeat the failed tests within five working days.

4.4 Provider will deliver an administrator guide in Chinese, a list of all configuration settings and the migration reconciliation report together with the notice of readiness.

### Section 5 Term and Renewal

5.1 This Order Form runs for the Initial Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

## Part B — General Terms

### Section 6 The Service

6.1 Provider will make the Service available to Authorised Users in accordance with the documentation and this Order Form, and will keep the Chinese-language interface and the mobile app current.

6.2 Provider will host the Service and all Customer Data in data centres located in mainland China operated by Tencent Cloud (Shanghai region).

6.3 Provider will provide a sandbox environment for the Customer's training team throughout the Initial Term, refreshed on request once per quarter.

6.4 Provider will give the Customer at least 30 days' notice of any change that removes a feature the Customer uses, and will not make such a change during the Initial Term without the Customer's agreement.

6.5 Provider will provide first-line support to the Customer's three named administrators in Mandarin by telephone, e-mail and portal from 08:00 to 20:00 China Standard Time on business days, and will accept Severity 1 tickets by telephone at all times.

### Section 7 Service Levels

7.1 Provider targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

7.2 Severity 1 (the Service is unavailable to all users): initial response within 1 hour, restoration target 6 hours. Severity 2 (a major feature is unavailable): initial response within 2 hours. Severity 3: next business day.

7.3 Provider will report monthly availability and all Severity 1 and Severity 2 tickets to the Customer.

7.4 The service levels in this Section 7 are targets only. No service credits, fee reductions, refunds or other compensation apply if Provider does not meet them.

### Section 8 Customer Data

8.1 All content, course materials created by the Customer, learner records, completion data and personal information uploaded to or generated in the Service ("Customer Data") belong to the Customer.

8.2 Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose. Provider shall not use Customer Data, in identifiable, de-identified or aggregated form, for analytics, product development or any third party.

8.3 On expiry or termination, Provider shall make Customer Data available for export for 30 days and then delete it and confirm deletion in writing.

### Section 9 Data Security

9.1 Provider shall maintain a security programme that includes encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging and review of access, vulnerability scanning and daily backups. The hosting environment shall hold a valid MLPS level 3 filing and Provider shall hold ISO 27001 certification.

9.2 Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law in processing Customer Data.

9.3 Provider shall notify the Customer within 48 hours after becoming aware of a security incident affecting Customer Data, shall cooperate in the investigation and notification of the individuals concerned, and shall be responsible for the costs and losses resulting from an incident caused by Provider's breach of this Section 9.

### Section 10 Confidentiality

10.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this agreement and not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

10.2 This Section 10 survives for three years after the end of this agreement.

### Section 11 Intellectual Property

11.1 Provider retains all rights in the Service and the software behind it.

11.2 Courses, quiz banks, learning paths, certificates and branded templates that Provider creates or configures for the Customer during onboarding, and all migrated materials, belong to the Customer. The Customer may use, modify and license them freely, including on another platform.

### Section 12 Subcontracting

12.1 The Customer approves Tencent Cloud as hosting provider by signing this Order Form. Provider shall not engage any other subcontractor or sub-processor for the Service without the Customer's prior written consent, and remains responsible for the acts of each approved subcontractor.

### Section 13 Liability

13.1 Each party's total liability under this agreement is limited to two times the total fees for the Initial Term stated in Section 1.

13.2 The limit does not apply to breach of Sections 8, 9 or 10, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.

### Section 14 Termination

14.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

14.2 If the Customer terminates under Section 14.1, Provider shall refund any fees paid for the period after termination.

### Section 15 Governing Law and Disputes

15.1 This agreement is governed by the laws of the People's Republic of China.

15.2 Disputes that the parties cannot settle by negotiation shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final.

15.3 Before starting arbitration, either party may request a meeting of senior managers, which shall take place within 14 days of the request.

### Section 16 General

16.1 This Order Form and these General Terms are the entire agreement between the parties on the Service and prevail over any terms on a purchase order or in the Service's online terms.

16.2 Notices must be in writing and sent to the addresses above. Neither party may assign this agreement without the other's written consent.

16.3 The Customer's hotels may use the Service under this Order Form; the Customer remains responsible for their Authorised Users and may reallocate user licences between hotels at any time.

16.4 Provider's online terms, acceptable-use policy and privacy notice do not apply to the Customer except where this agreement expressly refers to them.

**Customer:** Hangzhou Lanting Hotel Management Co., Ltd. — Name: __________ Title: __________ Date: __________

**Provider:** Savoir Numérique Inc. — Name: __________ Title: __________ Date: __________
"""

H444E03 = """
T:Purchase Contract for Condition Monitoring Sensors
P:Contract No. GXHP-EQ-2025-112
P:Buyer: Guangxi Hepu Paper Co., Ltd., Beihai, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer")
P:Seller: Cascadia Sensorworks, Inc., Hillsboro, Oregon, United States of America (the "Seller")
P:Whereas the Buyer wishes to monitor the vibration and temperature of the motors, pumps, fans and gearboxes of paper machine PM2 and its stock preparation line, and the Seller manufactures wireless condition monitoring sensors and the related analytics software, the parties agree as follows. This contract is on the Buyer's standard purchase terms.
H:1. Goods and Services
P:1.1 The Seller shall supply the equipment and software listed in clause 2, install the sensors and gateways at the Buyer's mill in Beihai, commission the system, integrate it with the Buyer's plant historian and train the Buyer's maintenance staff.
P:1.2 The sensors shall be certified for use in wet, dusty areas and rated IP68. Each sensor shall measure triaxial vibration and surface temperature and transmit data at least every 10 minutes.
P:1.3 The analytics software shall run on the edge server at the mill, show trends and alarms for every monitored asset, and export data to the plant historian.
H:2. Price
P:2.1 At the Buyer's request all prices are in CNY, delivered duty paid at the Buyer's mill, and include VAT, packing, freight, insurance and import duties.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|180|3,200|576,000
TB:2|Industrial wireless gateway|12|14,500|174,000
TB:3|Edge server with operating system|1|68,000|68,000
TB:4|Analytics software, perpetual site licence|1|132,000|132,000
TB:|Hardware and Licence Subtotal|||950,000
TB:5|Installation and commissioning|1|84,000|84,000
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,050,000
P:2.2 The Contract Price is fixed and covers everything the Seller must do under this contract.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 105,000) within 15 days after signature, against the Seller's invoice and an advance payment guarantee from a bank in China.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 577,500) within 30 days after all Goods have been delivered and signed for. Signature of the delivery note confirms quantity and visible condition only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 367,500) within 30 days after the Final Acceptance Certificate.
H:4. Delivery and Installation
P:4.1 The Seller shall deliver all Goods to the mill within 70 days after signature and complete installation and commissioning within 30 days after delivery, during the planned shutdowns that the Buyer will give the Seller in writing.
P:4.2 The Seller's personnel on site shall follow the Buyer's safety rules, permit-to-work system and lock-out procedures.
H:5. Acceptance
P:5.1 The Final Acceptance tests shall show that: (a) all 180 sensors report data to the software at the agreed interval; (b) vibration readings of 20 sample assets agree with readings of the Buyer's calibrated portable analyser within the tolerance in the technical specification; (c) alarms are raised for test faults on five selected assets; (d) data reaches the plant historian without gaps for 14 consecutive days; and (e) the system runs for 30 days without gateway or server failure.
P:5.2 If all tests are passed, the Buyer shall issue a Final Acceptance Certificate within 7 days. If a test fails, the Seller shall remedy the defect at its own cost and the test shall be repeated.
P:5.3 Delivery, installation, commissioning, use of the system or payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Seller warrants that the Goods and the software are new, free from defects in design, materials and workmanship, and conform to the technical specification, for 24 months after the date of the Final Acceptance Certificate (the "Warranty Period").
P:6.2 During the Warranty Period the Seller shall repair or replace any defective Goods and correct software defects free of charge, including parts, labour, travel and shipping. The Seller shall do so within a reasonable time after the Buyer's notice.
P:6.3 The Seller shall keep spare sensors and a spare gateway in China during the Warranty Period.
P:6.4 If the same defect recurs three times during the Warranty Period, the Seller shall replace the affected item with a new one and the warranty for that item shall restart from the date of replacement.
P:6.5 The Seller shall provide firmware updates for the sensors and gateways free of charge for as long as the support in clause 7 is ordered.
H:7. Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support, covering repair or replacement of defective Goods, software updates and remote assistance, at a fee of 9% of the Hardware and Licence Subtotal per support year, that is CNY 85,500.
P:7.2 This fee is fixed for the first three support years. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:8. Data
P:8.1 All measurement data, asset lists, alarms and reports produced by the system belong to the Buyer. The Seller may use them only to perform this contract and for no other purpose.
P:8.2 The system shall store all data on the edge server at the mill. The Seller shall not configure any connection that sends data outside the Buyer's network. Remote access by the Seller is allowed only through the Buyer's VPN, for each session with the Buyer's prior approval, using named accounts, and all sessions shall be logged.
P:8.3 The Seller shall harden the edge server and gateways according to the Buyer's IT security baseline, change all default passwords, and install security patches within the Warranty Period.
P:8.4 The Seller shall inform the Buyer within 24 hours after it becomes aware of unauthorised access to or loss of the Buyer's data, shall assist in limiting the damage, and shall bear all losses caused to the Buyer by an incident for which the Seller is responsible.
H:9. Intellectual Property
P:9.1 The Seller retains the intellectual property in its standard sensors, firmware and analytics software and grants the Buyer a perpetual licence to use them at the mill.
P:9.2 The asset models, dashboards, alarm settings and historian interface that the Seller prepares for the Buyer under this contract belong to the Buyer, which may use and modify them freely and may give them to other contractors.
P:9.3 The Seller shall indemnify the Buyer against any third-party claim that the Goods or the software infringe intellectual property rights.
H:10. Delay Damages
P:10.1 If the Seller fails to deliver the Goods or to complete installation and commissioning by the dates in clause 4 for reasons attributable to it, the Seller shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay.
P:10.2 Delay damages are limited to 10% of the Contract Price. The Buyer may deduct them from any payment due to the Seller. If the delay exceeds 45 days, the Buyer may terminate this contract under clause 12.
H:11. Subcontracting
P:11.1 The Seller shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Seller remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Seller commits a material breach and does not remedy it within 20 days after the Buyer's notice, or in the case described in clause 10.2.
P:12.2 On such termination the Seller shall refund all amounts paid for Goods and services that have not been accepted, and shall remove any Goods the Buyer rejects at its own cost.
H:13. Force Majeure
P:13.1 Neither party is liable for a delay caused by an event beyond its reasonable control that it could not foresee or avoid, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
P:13.2 A party affected by force majeure for more than 60 days may terminate this contract by written notice, and the Seller shall refund the amounts paid for Goods not delivered.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China, without regard to the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute shall be settled by negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:15. General
P:15.1 This contract, with the technical specification as Annex 1 and the installation plan as Annex 2, is the entire agreement between the parties. It may be amended only in writing signed by both parties.
P:15.2 This contract is made in English and Chinese. Both texts have equal force.
P:15.3 The Seller shall provide, with the Goods, certificates of origin, the manufacturer's quality certificates, calibration certificates for each sensor, the radio type approval required in China for the gateways, and the user and maintenance manuals in Chinese.
P:For the Buyer: ____________________  For the Seller: ____________________
P:Date: ____________________  Date: ____________________
"""

H444E04 = """# Managed IT Service Agreement

**Agreement No. LMI-DG-2025-044**

This Managed IT Service Agreement is made between **Dongguan Huamu Furniture Co., Ltd.**, a company registered in Dongguan, Guangdong Province, People's Republic of China ("Customer"), and **Lakeshore Managed IT Inc.**, a corporation incorporated in Ontario, Canada, with its head office in Mississauga, Ontario ("Supplier").

Background: Customer exports furniture and runs a factory and five sales and design offices in China with about 420 computer users. Customer wishes to outsource its IT service desk, endpoint management and on-site desk-side support to Supplier, which provides these services through its support centre in Guangzhou.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Start Date" means the day after Transition Acceptance under clause 4.

1.3 "Term" means 24 months from the Service Start Date.

1.4 "Customer Data" means all data of Customer or its employees that Supplier receives or can access in performing the Services, including user accounts, device inventories, tickets and the contents of Customer's devices.

## 2. Services

2.1 Supplier shall provide the Services in Schedule 1 to the service levels in Schedule 2 throughout the Term.

2.2 Supplier shall assign a service delivery manager who speaks Mandarin and who meets Customer's IT manager every month to review performance, tickets and planned changes.

2.3 Supplier shall keep the configuration database, the knowledge base and all runbooks current and available to Customer at all times.

2.4 Supplier shall keep a sufficient number of trained engineers available so that holidays, sickness or staff turnover do not affect the Services, and shall give Customer at least 14 days' notice before replacing the service delivery manager or the on-site engineer.

2.5 Customer shall give Supplier's engineers the administrator access, office space and network connections they reasonably need, and shall tell Supplier in good time about new offices, system changes or planned shutdowns at the factory.

## 3. Charges and Payment

3.1 At Customer's request all charges are in CNY and include VAT. The charges are set out in Schedule 3.

3.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance.

3.3 Customer shall pay each correct invoice within 30 days of receipt. Service credits under Schedule 2 are deducted from the next invoice.

3.4 The charges are fixed for the Term, whatever the number of tickets, provided the number of users does not exceed 460.

## 4. Transition and Acceptance

4.1 Supplier shall take over the services from Customer's internal team within 45 days after signature ("Transition"). Transition includes collecting the device inventory, documenting every office's network and printers, installing Supplier's remote management agent on all devices and setting up the service desk telephone number and portal.

4.2 Transition Acceptance requires that: (a) the agent reports from at least 98% of listed devices; (b) the inventory reconciles with Customer's asset register; (c) a runbook exists for each office; (d) ten test tickets of each priority have been handled within the service levels; and (e) Customer's IT manager has signed the Transition Acceptance certificate. The start of live service or any payment is not acceptance.

4.3 If Transition Acceptance is delayed beyond the 45 days for reasons attributable to Supplier, Supplier shall pay Customer CNY 1,200 for each day of delay.

4.4 After Transition Acceptance, Supplier shall review the device inventory with Customer every quarter and propose devices for replacement where they are out of support or cause repeated tickets. Customer decides whether to replace them and buys any new devices itself.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Supplier may use Customer Data only to perform the Services and shall not sell it, disclose it to third parties or use it for any other purpose.

5.2 On expiry or termination Supplier shall return all Customer Data in its possession to Customer.

## 6. Confidentiality

6.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including designs, price lists, customer lists and technical information, and shall use it only for this Agreement.

6.2 Each party may disclose such information only to its employees and contractors who need to know it and who are bound by similar duties. This clause survives for three years after the end of the Term.

## 7. Intellectual Property

7.1 Supplier retains its tools, remote management software and general know-how.

7.2 Runbooks, scripts, network documentation, configuration baselines and reports prepared for Customer under this Agreement belong to Customer, which may use and modify them and give them to a successor supplier.

## 8. Personnel and Subcontracting

8.1 Supplier's on-site engineers shall follow Customer's site rules and wear Customer's visitor badges.

8.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for any approved subcontractor.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Term set out in Schedule 3.

9.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.

## 10. Term, Renewal and Termination

10.1 This Agreement runs for the Term. It does not renew automatically; the parties may agree an extension in writing.

10.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 30 days after notice, or if Supplier fails the same service level in three consecutive months.

10.3 On expiry or termination Supplier shall provide reasonable exit assistance for up to 60 days so that the Services pass to Customer or a successor supplier without interruption.

10.4 During exit assistance Supplier shall hand over the knowledge base, open tickets, the device inventory, all passwords and administrator accounts it holds, and shall remove its management agent from Customer's devices when Customer asks.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan.

## 12. General

12.1 This Agreement with its Schedules is the entire agreement between the parties on the Services. It may be changed only in writing signed by both parties.

12.2 Neither party may assign this Agreement without the other's written consent.

12.3 Notices under this Agreement shall be in writing in English or Chinese and sent by courier or e-mail to the addresses the parties give each other on signature.

12.4 Each party shall bear its own costs of negotiating and signing this Agreement. Any stamp duty on this Agreement shall be borne by the parties in equal shares, and each party shall pay its own taxes.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support in Mandarin and English for all users; ticket logging and tracking | 08:00–20:00, Monday to Saturday |
| Endpoint management | Patching of Windows and macOS devices, antivirus updates, software deployment, asset inventory | continuous, automated |
| Desk-side support | On-site engineer at the Dongguan factory; visits to the five offices as needed | 08:30–17:30, working days |
| Moves, adds and changes | New starters, leavers, device set-up and replacement | per request |
| Reporting | Monthly service report and review meeting | monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | A site or the ERP client cannot work, or more than 20 users are affected | 6 hours | 1 business day |
| P2 | One user or one department function cannot work | 8 business hours | 3 business days |
| P3 | Requests and minor faults | 2 business days | 5 business days |

| Measure | Target | Service credit |
|---|---|---|
| P1 response within target | every P1 ticket | CNY 800 for each P1 ticket responded to late |
| P2 resolution within target | 95% of P2 tickets in a month | 3% of the Monthly Service Charge |
| Patching of critical updates | 95% of devices within 14 days of release | 2% of the Monthly Service Charge |
| Monthly report delivered | by the 7th working day | CNY 500 per late report |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time | 64,000 |
| Monthly Service Charge | 58,000 per month × 24 months | 1,392,000 |
| Total charges for the Term | | 1,456,000 |

**For Customer:** __________ Name and title: __________ Date: __________

**For Supplier:** __________ Name and title: __________ Date: __________
"""

H444E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SID-NX-2025-019

PARTIES

Provider: Sonoran Irradiance Data LLC, a limited liability company organised under the laws of Arizona, United States of America, with its office in Tempe, Arizona ("Provider").

Customer: Ningxia Helan New Energy Co., Ltd., a company incorporated in Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China ("Customer").

BACKGROUND

Customer operates 14 photovoltaic power plants in Ningxia and Gansu and must submit short-term generation forecasts to the grid dispatch centre. Provider publishes satellite-derived solar irradiance, weather observations and irradiance forecasts through a data API. Customer wishes to subscribe to that data for its plants.

1. DEFINITIONS

1.1 "API" means Provider's REST application programming interface through which the Data is delivered.

1.2 "Data" means the historical, real-time and forecast irradiance and weather data for the Sites delivered through the API.

1.3 "Sites" means Customer's 14 plants listed in Annex 1, each identified by coordinates, capacity and panel configuration.

1.4 "Customer Data" means the Site information, plant production data, measurements from Customer's on-site weather stations and any other data that Customer provides to Provider.

1.5 "Subscription Year" means the period from the Subscription Start Date, or from any anniversary of it, up to the day before the next anniversary.

1.6 "Subscription Start Date" means the day after Onboarding Acceptance.

2. SUBSCRIPTION AND ONBOARDING

2.1 Provider grants Customer a non-exclusive, non-transferable right, for the term of this Agreement, to access the API and to use the Data for the operation, forecasting and reporting of the Sites, including submission to grid operators and regulators.

2.2 Provider shall carry out onboarding within 40 days after signature: set up the Sites in its platform, deliver historical Data for each Site from January 2018 onwards, calibrate its forecast model for each Site against the production data supplied by Customer, and issue API credentials for Customer's forecasting system.

2.3 If Provider does not make the onboarding ready for acceptance within 40 days after signature for reasons attributable to it, Provider shall pay Customer delay damages of CNY 420 for each day of delay, up to CNY 21,000.

3. ONBOARDING ACCEPTANCE

3.1 Customer shall test the onboarding within 10 working days after Provider's notice of readiness. The acceptance criteria are: (a) historical Data is complete for all 14 Sites and all agreed variables; (b) the API returns real-time Data for every Site with a delay of no more than 15 minutes over 7 consecutive days; (c) the day-ahead forecast for each Site is delivered by 07:00 Beijing time on each test day; and (d) the site calibration report for each Site is delivered.

3.2 When the criteria are met, Customer shall sign an Onboarding Acceptance certificate. Use of the Data during testing is not acceptance.

4. FEES AND PAYMENT

4.1 At Customer's request all fees are stated and paid in CNY, inclusive of VAT.

4.2 Fees: Subscription fee for 14 Sites, CNY 228,000 per Subscription Year, for three Subscription Years, CNY 684,000; Onboarding fee, one-time, CNY 36,000; total fees under this Agreement, CNY 720,000.

4.3 The Onboarding fee is invoiced after Onboarding Acceptance. The subscription fee is invoiced quarterly in arrears. No payment is due before the Subscription Start Date.

4.4 Customer shall pay each undisputed invoice within 30 days. The fees are fixed for the term.

4.5 The Subscription covers 14 Sites. Customer may add a Site during the term at the pro-rata share of the per-Site fee, that is CNY 16,286 per Site per Subscription Year, with the same terms; removing a Site does not reduce the fees.

5. TERM

5.1 This Agreement starts on signature and ends at the end of the third Subscription Year.

5.2 This Agreement does not renew automatically. Any renewal requires a written agreement signed by both parties.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified 72 hours in advance and carried out outside 05:00 to 21:00 Beijing time.

6.2 Provider shall deliver each day-ahead forecast by 07:00 Beijing time and each intraday forecast update every 15 minutes.

6.3 Severity 1 incidents (the API or the forecasts are unavailable for all Sites): response within 1 hour, at any time; Severity 2 incidents (one Site or one data type unavailable): response within 3 hours.

6.4 If monthly availability falls below the level in clause 6.1, or more than two day-ahead forecasts in a month are late, Provider shall credit Customer 5% of the monthly share of the subscription fee for each such failure, up to half of that monthly share. A late Severity 1 response earns a credit of CNY 500 per incident.

6.5 Provider shall publish a status page showing the current availability of the API and of each data product, and shall report monthly availability, late forecasts and Severity 1 incidents to Customer by the fifth business day of the following month.

6.6 Provider shall give Customer at least 90 days' notice before changing the API in a way that is not backward compatible, and shall keep the previous version running during that period.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data and the Services to Customer and shall not use it, in any form, for any other customer, for product development or for any other purpose.

7.2 Provider shall process and store Customer Data only on its instance hosted in mainland China (Alibaba Cloud, Ningxia region), with encryption in transit and at rest, role-based access, multi-factor authentication and access logs. Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, disclosure or loss of Customer Data, shall take remedial action, and shall be liable for all losses Customer suffers from such an incident caused by Provider.

7.4 On expiry or termination Provider shall return Customer Data and delete all copies within 30 days.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API, its models and the Data, subject to the rights granted in clause 2.1. Data downloaded by Customer during the term may be kept and used by Customer for its Sites after the term.

8.2 The site calibration reports and any configuration that Provider prepares specifically for Customer belong to Customer, which may use, modify and share them freely.

8.3 Customer may use the Data in reports to grid operators, lenders, insurers and regulators and may give the Data to its own contractors who maintain the Sites, provided that they use it only for the Sites.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's plant performance and Provider's pricing and model documentation, and shall not disclose it to third parties without the other party's prior written consent.

9.2 This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The hosting provider named in clause 7.2 is approved. Provider shall not subcontract any other part of its obligations without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in clause 4.2. The limit does not apply to breach of clause 7 or clause 9 or to wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss, loss of revenue or penalties imposed by a grid operator, except where caused by wilful misconduct or by a breach of clause 7.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the State of Arizona, United States of America, without regard to its conflict-of-laws rules.

13.2 Any dispute that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Phoenix, Arizona, and the language is English.

13.3 The parties shall continue to perform their obligations that are not in dispute while a dispute is being resolved. Provider shall not suspend the API because of a dispute about an invoice.

14. GENERAL

14.1 This Agreement, with Annex 1, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's written consent.

SIGNATURES

For Provider: ____________________ Name: __________ Title: __________ Date: __________

For Customer: ____________________ Name: __________ Title: __________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Design: file, format, labels and the rules I meant each draft to fire.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


DESIGN = {
    "h444z01": dict(
        file="h444z01_petition_bureau_dispute_resolution_platform.pdf", fmt="pdf", lang="zh", src=H444Z01,
        category="software",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1388000),
        tco=dict(base=680000, items=[680000, 540000, 86000, 64000, 18000]),
        design=[]),
    "h444z02": dict(
        file="h444z02_pipe_plant_extrusion_control_retrofit.docx", fmt="docx", lang="zh", src=H444Z02,
        category="hardware",
        terms=terms(None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 24, 7, False, False, True,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1119000),
        tco=dict(base=927000, items=[408000, 252000, 57000, 72000, 138000, 84000, 96000, 12000]),
        design=["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h444z03": dict(
        file="h444z03_kids_photo_chain_booking_saas.txt", fmt="txt", lang="zh", src=H444Z03, category="cloud",
        terms=terms(99.5, 0.5, True, "buyer", True, True, True, 280 / 365200 * 100, None, None, True, None, None, None,
                    True, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=365200),
        tco=dict(items=[2 * 117600, 2 * 36000, 58000]),
        design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h444z04": dict(
        file="h444z04_cdc_immunisation_system_om.txt", fmt="txt", lang="zh", src=H444Z04, category="services",
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.02, 50, None, True, None, None, None, False, True,
                    False, None, S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
        tco=dict(items=[312000, 96000, 48000, 30000]),
        design=["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "h444z05": dict(
        file="h444z05_pickle_plant_brine_tank_monitoring_supplier_template.md", fmt="md", lang="zh", src=H444Z05,
        category="software",
        terms=terms(None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 25, False, True, None,
                    None, G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                   contract_value=748000),
        tco=dict(base=520000, items=[520000, 180000, 48000]),
        design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h444e01": dict(
        file="h444e01_cement_eam_licence_alberta_vendor.pdf", fmt="pdf", lang="en", src=H444E01, category="software",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 18, 11, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1480000),
        tco=dict(base=960000, items=[816000, 144000, 388000, 96000, 36000]),
        design=[]),
    "h444e02": dict(
        file="h444e02_hotel_lms_saas_order_form_quebec_vendor.md", fmt="md", lang="en", src=H444E02, category="cloud",
        terms=terms(99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                    False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=838000),
        tco=dict(items=[3 * 264000, 46000]),
        design=["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "h444e03": dict(
        file="h444e03_paper_mill_vibration_sensors_oregon_vendor.docx", fmt="docx", lang="en", src=H444E03,
        category="hardware",
        terms=terms(None, None, False, "buyer", True, True, False, 0.08, None, 10, True, True, 24, 9, False, True,
                    False, "PRC", G),
        extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1050000),
        tco=dict(base=950000, items=[576000, 174000, 68000, 132000, 84000, 16000]),
        design=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h444e04": dict(
        file="h444e04_furniture_managed_it_ontario_vendor.md", fmt="md", lang="en", src=H444E04, category="services",
        terms=terms(None, 6, True, "buyer", False, True, True, 1200 / 1456000 * 100, 150, None, True, None, None, None,
                    False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1456000),
        tco=dict(items=[64000, 24 * 58000]),
        design=["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "h444e05": dict(
        file="h444e05_solar_irradiance_data_api_arizona_vendor.txt", fmt="txt", lang="en", src=H444E05,
        category="cloud",
        terms=terms(99.95, 1, True, "buyer", True, True, True, 420 / 720000 * 100, 150, None, True, None, None, None,
                    False, True, False, "Arizona", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=720000),
        tco=dict(items=[3 * 228000, 36000]),
        design=["CR-GOVERNING-LAW"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
DESIGN_RISK = {"h444z01": "low", "h444z02": "medium", "h444z03": "medium", "h444z04": "medium", "h444z05": "high",
               "h444e01": "low", "h444e02": "high", "h444e03": "high", "h444e04": "high", "h444e05": "low"}


def tco_share(t, value, base, horizon=5.0):
    """policy section 4: horizon from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    years_after = max(0.0, horizon - t["warranty_months"] / 12)
    post = years_after * base * t["post_warranty_fee_pct"] / 100
    return post / (value + post) * 100


def my_rules(d):
    """My own reading of policy.md section 3 applied to a draft's labels."""
    t, x = d["terms"], d["extra"]
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(t, x["contract_value"], d["tco"]["base"]) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"

# ----------------------------------------------------------------------------------------------------------------------
# Threshold scan: no threshold figure anywhere (digits, Chinese numerals, words).
PCT = r"\s*(?:%|％|per\s*-?\s*cent|percent)"
CN = "〇零一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = {
    "99.9": [r"(?<![\d.])99\.9(?![\d])", r"百分之九十九点九(?![" + CN + "])", r"ninety[\s-]*nine\s*point\s*nine"],
    "4 h": [r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![" + CN + r"])四\s*个?\s*小时",
            r"(?<![\w-])four[\s-]*(?:hours?|hrs?\b)", r"(?<![\d.,])240\s*(?:分钟|minutes?|mins?\b)",
            r"二百四十分钟"],
    "0.05%": [r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![" + CN + r"\d])", r"千分之零点五",
              r"five\s*hundredths", r"0\.5\s*‰"],
    "100%": [r"(?<![\d.,])100" + PCT, r"百分之百", r"百分之一百(?![" + CN + "])",
             r"(?:one\s*)?hundred\s*(?:per\s*-?\s*cent|percent)"],
    "30%": [r"(?<![\d.,])30" + PCT, r"百分之三十(?![" + CN + "点])", r"(?<![" + CN + "])三成", r"thirty\s*" + PCT.strip(r"\s*")],
    "12 months": [r"(?<![\d.,])12\s*-?\s*(?:months?|个月|月)", r"(?<![" + CN + r"])十二\s*个?\s*月",
                  r"(?<![\w-])twelve[\s-]*(?:\w+\s*){0,2}months?", r"(?<![" + CN + r"])一\s*年(?![度级])",
                  r"(?<![\w-])one[\s-]*years?\b", r"(?<![\d.,])1\s*-?\s*years?\b", r"(?<![\d.,])1\s*年(?!度)"],
    "15%": [r"(?<![\d.,])15" + PCT, r"百分之十五(?![" + CN + "点])", r"fifteen\s*" + PCT.strip(r"\s*")],
    "40%": [r"(?<![\d.,])40" + PCT, r"百分之四十(?![" + CN + "点])", r"(?<![" + CN + "])四成", r"forty\s*" + PCT.strip(r"\s*")],
    "5 years": [r"(?<![\d.,])5\s*-?\s*(?:years?|年)", r"(?<![" + CN + r"])五\s*个?\s*年", r"(?<![\w-])five[\s-]*years?",
                r"(?<![\d.,])60\s*-?\s*(?:months?|个月)", r"六十个月", r"sixty[\s-]*months?"],
}
THRESHOLD_RES = [(k, re.compile(p, re.I)) for k, ps in THRESHOLD_PATTERNS.items() for p in ps]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟", "240 minutes",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "百分之一百", "one hundred per cent", "30%",
            "百分之三十", "三成", "thirty per cent", "12个月", "12 个月", "十二个月", "twelve months",
            "twelve consecutive calendar months", "12 months", "12-month", "一年", "one year", "one-year", "15%",
            "百分之十五", "fifteen percent", "40%", "四成", "百分之四十", "5年", "5 年", "五年", "five years", "5-year",
            "60 months", "六十个月"]
MUST_MISS = ["24小时", "24 小时", "二十四小时", "twenty-four hours", "24 hours", "14 hours", "4.5 hours", "99.95%",
             "99.5%", "115%", "0.15%", "150%", "1.05%", "2025年", "2018 onwards", "万分之五十", "万分之二", "服务年度",
             "一年度", "130%", "百分之三十五", "百分之一百五十", "1000%", "10%", "45 days", "120 days", "35%", "25%",
             "0.5 个百分点", "第十二条", "十一年度", "Subscription Year", "第 1 页", "Article 12", "clause 4.1",
             "1,400", "0.08%"]


def threshold_hits(text):
    return [(k, m.group(0)) for k, rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "scanner misses " + s
        assert threshold_hits(re.sub(r"\s+", "", s)) or " " in s and not re.sub(r"\s+", "", s), s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("scanner false hit", s, threshold_hits(s))
        assert not threshold_hits(re.sub(r"\s+", "", s)) or s in ("Article 12",), ("ws-free false hit", s)


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


# ----------------------------------------------------------------------------------------------------------------------
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


def length(lang, text):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


def label(key, d, rules):
    x = dict(d["extra"])
    if d["terms"]["contract_kind"] != G:
        x.pop("post_warranty_fee_capped", None)
    return {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": x, "expected_rules": rules}


def check_label_values(key, d):
    t, x = d["terms"], d["extra"]
    assert sum(d["tco"]["items"]) == x["contract_value"], (key, sum(d["tco"]["items"]))
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15, key
    if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
        share = tco_share(t, x["contract_value"], d["tco"]["base"])
        assert abs(share - 40) > 2, (key, share)
        d["tco_share"] = share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write  # the shared builder of the contracts folder (not project code)

    self_test()
    built = {k: d for k, d in DESIGN.items() if d["fmt"] in ("docx", "pdf")}
    write({k: d["src"] for k, d in built.items()}, {k: (d["file"], d["fmt"]) for k, d in built.items()}, OUT,
          wrap_words=True)
    for k, d in DESIGN.items():
        if d["fmt"] in ("txt", "md"):
            (OUT / d["file"]).write_text(d["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", d["file"])
    covered, problems = set(), []
    for k, d in DESIGN.items():
        check_label_values(k, d)
        rules = my_rules(d)
        assert rules == sorted(d["design"]), (k, rules, d["design"])
        assert risk(rules) == DESIGN_RISK[k], (k, risk(rules))
        covered |= set(rules)
        text = read_back(OUT / d["file"])
        n, nows = length(d["lang"], text)
        d["len"] = (n, nows)
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        ok = lo <= n <= hi and (nows is None or lo <= nows <= hi)
        if not ok:
            problems.append((k, "length", n, nows))
        for label_, src in (("built", text), ("source", d["src"])):
            for vname, v in variants(src).items():
                hits = threshold_hits(v)
                if hits:
                    problems.append((k, label_, vname, hits[:5]))
        out = json.dumps(label(k, d, rules), ensure_ascii=False, indent=1)
        (OUT / (Path(d["file"]).stem + ".json")).write_text(out, encoding="utf-8")
        print(f"{k} {d['lang']} len={n} nows={nows} risk={risk(rules)} tco={d.get('tco_share')} rules={rules}")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    risks = [DESIGN_RISK[k] for k in DESIGN]
    assert sum(1 for k in DESIGN if not DESIGN[k]["design"]) == 2
    assert [k for k in DESIGN if DESIGN[k]["design"] == ["CR-GOVERNING-LAW"]] == ["h444e05"]
    assert len(DESIGN["h444z05"]["design"]) >= 8
    assert all(2 <= len(DESIGN[k]["design"]) <= 3 for k in DESIGN if k not in ("h444z01", "h444e01", "h444e05",
                                                                                "h444z05"))
    print("all 20 rules covered; risks", risks)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "fix the problems above"


if __name__ == "__main__":
    main()
