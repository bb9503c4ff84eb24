"""holdout635: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from the labels, coverage). Run:
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市生活垃圾分类收运监管平台采购合同
P:合同编号：LJCG-2025-0386-HT
P:采购人（甲方）：临江市城市管理局
P:供应商（乙方）：苏州清源环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市生活垃圾分类收运监管平台采购项目（项目编号：LJCG-2025-0386）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供生活垃圾分类收运监管平台软件许可，含收运调度、桶站管理、车辆监控、称重计量、考核评价五个模块，并完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：与市环卫车辆定位平台、六座中转站称重系统、区街道考核系统的数据接口；桶站满溢智能识别算法与甲方视频共享平台的对接；市、区、街道三级驾驶舱；移动端巡检小程序。
P:1.3 平台部署于甲方指定的政务云资源，乙方不得在政务云以外部署平台或保存任何业务数据。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾玖万陆仟元整（¥1,496,000），其中：平台软件许可费826,000元，定制开发费548,000元，部署实施费98,000元，培训费24,000元。
P:2.2 合同总价为固定总价，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%。
P:3.3 平台最终验收合格后十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额增值税专用发票。本项目为财政性资金，付款时间以国库集中支付流程为准。
H:第四条 实施进度与人员
P:4.1 乙方应于合同签订后60日内完成平台部署和接口联调，90日内具备初验条件。
P:4.2 初验合格后平台试运行三个月，试运行期满且遗留问题全部整改完毕后组织最终验收。
P:4.3 乙方项目经理及核心开发人员应与投标文件一致，未经甲方书面同意不得更换；实施期间项目经理每周驻场不少于三个工作日。
P:4.4 乙方应在合同签订后10日内提交项目实施方案，包括进度计划、人员安排、接口方案和数据迁移方案，经甲方确认后执行。实施期间乙方每周提交项目周报，重大问题应随时报告。
P:4.5 甲方负责协调市环卫中心、各区城管部门和中转站运营单位提供接口条件和测试数据，并为乙方驻场人员提供办公场所。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；全市486辆收运车辆定位数据接入，数据延迟不超过10秒；称重数据与中转站台账逐日核对一致；满溢识别准确率不低于92%；平台通过第三方软件安全测试。
P:5.2 最终验收标准：试运行期内无一级故障，二级故障累计不超过3次；用户手册、接口文档、源代码及部署文档移交完整，并通过甲方组织的专家评审。
P:5.3 验收由甲方组织，乙方配合并提供测试报告。平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收。
P:5.4 验收所需的测试环境、测试数据和第三方测评费用由乙方承担，测评报告应在验收前提交甲方。
P:5.5 甲方可邀请财政、审计部门或外部专家参加验收，乙方应如实提供资料并现场答疑。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、接口维护、数据备份检查及必要的现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过平台软件许可费的9%，即每年不超过74,340元，且质保期满后三年内不得上调。维护服务由双方另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护须提前3个工作日报甲方同意，并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或收运数据中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内解决；三级问题2个工作日内解决。
P:7.3 响应、到场或恢复每超时1小时，乙方支付服务违约金1,000元；月度可用率每低于约定值0.01个百分点，乙方支付2,000元。上述款项可从应付款项或履约保函中扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属单位和各区环卫部门。
P:8.2 为本项目定制开发的接口程序、算法模型参数、驾驶舱、小程序及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用并许可第三方使用。
P:8.3 乙方保证交付的软件不侵犯任何第三方权利，因侵权引起的索赔及损失由乙方承担。
H:第九条 数据安全
P:9.1 平台采集和产生的车辆轨迹、称重数据、视频图像及考核数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，实施访问控制、加密传输和操作审计，所有运维操作须经甲方堡垒机进行并留存日志。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施，因乙方原因造成的全部损失及行政处罚由乙方承担。
H:第十条 保密
P:10.1 双方对履约中获知的对方商业秘密和工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或最终验收的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的平台不符合约定且整改后仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按未付款项的万分之二每日支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或发生重大违约经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或解除合同。
H:第十五条 培训与文档
P:15.1 乙方应为甲方及各区环卫部门管理人员、调度员和巡检人员分批开展操作培训，培训不少于六场，每场培训后提交签到表和考核记录。
P:15.2 乙方应在最终验收前移交系统操作手册、运维手册、接口说明、数据字典及应急预案，文档应为中文并与实际交付版本一致。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及需求规格说明书均为本合同的组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市城市管理局    乙方（盖章）：苏州清源环境信息技术有限公司
P:签订日期：2025年6月17日
"""

Z02 = """T:锻压生产线控制系统改造及维保合同
P:合同编号：HF-SB-2025-041
P:甲方（买方）：河北恒锋锻造有限公司
P:乙方（卖方）：常州瑞控自动化工程有限公司
P:甲方拟对二车间四台热模锻压力机的电气控制和液压伺服系统进行改造，乙方经询价比选被确定为供货及实施单位。双方经协商一致，订立本合同。
H:第一条 供货及工作范围
P:1.1 乙方负责四台压力机（2500吨两台、1600吨两台）原有继电器控制系统的拆除，提供并安装新的PLC控制柜、伺服液压驱动单元、人机界面、安全光栅及双手操作装置，完成锻压控制软件的编程、调试和与甲方MES系统的数据对接。
P:1.2 供货清单及价格如下表（人民币元，含13%增值税）：
TB:序号|名称|数量|单价|金额
TB:1|PLC控制柜（含冗余电源）|4套|168,000|672,000
TB:2|伺服液压驱动单元|4套|142,500|570,000
TB:3|人机界面及工业平板|4套|26,000|104,000
TB:4|安全光栅及双手操作装置|4套|31,500|126,000
TB:5|锻压控制软件许可（含MES接口模块）|1套|170,000|170,000
TB:|软硬件小计|||1,642,000
TB:6|拆除、安装及调试|1项|186,000|186,000
TB:7|操作及维修培训|1项|32,000|32,000
TB:|合同总价|||1,860,000
P:1.3 合同总价为人民币壹佰捌拾陆万元整，包含设备、软件、运输、保险、安装调试、培训及税费。
H:第二条 交货及实施
P:2.1 乙方应于合同生效后75日内将全部设备运至甲方二车间，并按甲方停产计划逐台改造，每台停机时间不超过10日。
P:2.2 设备到货后，双方共同开箱清点并签署到货签收单；到货签收仅确认数量和外观，不视为质量验收。
P:2.3 乙方施工人员应遵守甲方安全生产管理制度，动火及高处作业须办理作业票。
P:2.4 甲方负责提供改造所需的停产窗口、现场动力电源、压缩空气及设备基础，并指定生产、设备、安全三方面的联系人。
P:2.5 乙方应在合同生效后20日内提交详细设计方案，包括电气原理图、液压原理图、控制逻辑说明和安全联锁设计，经甲方确认后方可开始制造和采购。
P:2.6 改造期间拆下的旧控制柜、继电器及可用备件归甲方所有，由乙方清点后移交甲方设备科。
P:2.7 乙方应按国家及行业标准对改造后的压力机进行安全评估，出具安全联锁功能测试记录，并协助甲方完成特种设备及安全生产相关的备案工作。
P:2.8 乙方应在每台设备改造完成后提交竣工资料，包括电气图纸、液压图纸、元器件清单、程序备份和参数表，纸质版两套、电子版一套。
H:第三条 付款方式
P:3.1 合同生效后十五个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货签收后，甲方支付合同总价的55%。
P:3.3 四台压力机全部通过终验后，甲方支付合同总价的35%。
P:3.4 每期付款前，乙方应开具相应金额的增值税专用发票。
P:3.5 甲方付款前可对乙方提交的发票和付款资料进行审核，资料不全的，付款时间相应顺延，甲方不承担逾期付款责任。
P:3.6 合同价款以人民币结算，甲方通过银行转账方式支付至乙方在合同中载明的账户，乙方变更账户应提前书面通知甲方并加盖公章。
H:第四条 验收
P:4.1 每台压力机改造完成后连续带料试生产七日，达到以下标准视为单机验收合格：锻件节拍不低于改造前水平；滑块位置重复精度±0.2毫米；安全光栅触发后停机距离符合设备安全规范；MES系统可实时采集压力、行程、节拍及故障代码。
P:4.2 四台单机验收合格后，双方组织终验，核对技术文件、电气图纸、程序备份和培训记录，并签署终验证书。
P:4.3 设备运行、甲方投入生产或付款均不视为终验合格。终验不合格的，乙方应在10日内整改并承担费用。
H:第五条 质保期
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内设备及软件的故障由乙方免费维修，非人为损坏的零部件免费更换。
P:5.2 质保期内乙方每季度上门巡检一次，并出具巡检报告。
H:第六条 服务响应
P:6.1 一级故障（压力机停机或存在安全隐患）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产。二级故障2小时内响应，48小时内处理完毕。
P:6.2 乙方响应或到场每超时1小时，向甲方支付800元；因乙方原因导致停机超过24小时的，每超过1日另付5,000元。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按甲方要求提供全包维保服务，内容包括定期巡检、液压件及电气件更换、程序升级和现场抢修。
P:7.2 维保服务年费按软硬件小计的26%计取，即每年426,920元，按年度签订，前三个维保年度内价格不变。
P:7.3 维保服务期间，乙方应为甲方储备常用易损件，保证易损件到货时间不超过3日，并在每个维保年度结束时提交设备健康评估报告。
P:7.4 乙方承诺本项目所用主要元器件在终验后八年内持续供应，停产前应提前六个月书面通知甲方并提供替代方案。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、人机界面组态、MES接口程序及其源文件归甲方所有，甲方可自行修改和委托第三方维护。
P:8.2 锻压控制软件平台的知识产权归乙方，乙方授予甲方永久使用许可。
H:第九条 数据安全
P:9.1 压力机运行数据、工艺参数及生产数据属于甲方，乙方不得复制、外传或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方批准，通过甲方指定的工控安全网关接入，并留存操作日志；因乙方原因造成数据泄露或控制系统被入侵的，乙方应在2小时内通知甲方并承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对本合同内容及履约中获知的对方技术资料、工艺参数和经营信息负有保密义务，合同终止后三年内仍然有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成终验的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但人身伤亡、故意或重大过失及违反第九条、第十条的责任不受此限。
P:11.3 甲方逾期付款的，按未付金额的万分之二每日支付违约金。
H:第十二条 培训
P:12.1 乙方应对甲方操作工、电气维修工和液压维修工分别进行培训，培训内容包括操作规程、故障诊断、程序备份恢复和日常保养，培训结束后进行考核，合格人员不少于二十名。
H:第十三条 分包
P:13.1 乙方不得转包。确需将土建配合或液压管路施工分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交邢台仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同附件包括技术协议、设备清单和停产改造计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:16.2 双方应以书面形式发送通知，送达本合同载明的地址即视为送达。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：河北恒锋锻造有限公司    乙方（盖章）：常州瑞控自动化工程有限公司
P:2025年5月20日
"""

Z03 = """早教门店课程预约管理系统（SaaS）服务及实施合同

合同编号：XYZJ-IT-2025-09
甲方：杭州小禾苗早期教育科技有限公司
乙方：上海约课云信息技术有限公司

甲方在华东地区经营40家早教中心，需要统一的课程排期、家长预约、签到消课和会员管理系统。乙方提供“约课云”软件服务并负责实施。双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方40家门店开通约课云SaaS服务，包括课程排期、家长小程序预约、课时包与会员卡管理、签到消课、教师排班、营销活动和经营报表功能。
（二）实施服务包括：
1. 将甲方现有会员、课时余额、教师和课程数据迁移至系统；
2. 配置甲方品牌的家长端微信小程序；
3. 开发与甲方收银系统及财务系统的数据接口；
4. 为门店店长、顾问和教师提供分批培训。
（三）系统部署在乙方租用的境内云平台，乙方负责系统运行、备份、安全和升级。

（四）乙方应为甲方指定一名客户成功经理，负责需求对接、版本更新通知和季度服务回顾，并在每季度末提交服务报告，内容包括可用率、故障记录、工单处理情况及改进建议。
（五）乙方按产品版本计划进行功能升级，升级前应提前五日通知甲方，重大界面变化应提供门店操作指引。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算。第一个服务年度自上线验收合格之日起满一年止，第二个服务年度依此类推。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方按其届时公布的标准价格确定，乙方有权据此上调，甲方对续期价格无异议权。

（三）服务期内乙方应保持系统与微信小程序平台规则、支付渠道接口的兼容，因第三方平台规则变化需要调整的，由乙方免费完成。
（四）服务期内乙方应每日备份数据，备份保留不少于三十日，并每半年进行一次恢复测试，测试结果书面告知甲方。

三、费用及支付
（一）合同总价为人民币捌拾玖万肆仟元整（¥894,000），包括：
1. SaaS服务年费：每家门店每服务年度9,600元，40家门店每服务年度384,000元，两个服务年度合计768,000元；
2. 实施费：126,000元（数据迁移48,000元、小程序配置22,000元、接口开发56,000元）。
（二）实施费在上线验收合格后十个工作日内一次性支付。
（三）SaaS服务年费按季度支付，每季度96,000元，于每季度首月十日前支付当季费用，首季度费用在上线验收合格后支付。
（四）新增门店按每家每服务年度9,600元按月折算计费；关闭门店自次月起停止计费。
（五）乙方应在收款前开具增值税专用发票。

（六）任何一方调整开票信息或收款账户的，应提前十日书面通知对方，因未及时通知造成的付款延误由通知方自行负责。
（七）甲方对账单有异议的，应在收到账单后十日内提出，双方核对后按实际结果调整。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成数据迁移、小程序配置、接口开发和培训，具备上线条件。
（二）上线验收标准：
1. 迁移后的会员数量、课时余额、卡内余额与甲方原系统逐条核对一致；
2. 家长小程序在200人同时预约时，页面响应时间不超过2秒；
3. 收银及财务接口连续十日对账无差异；
4. 全部门店完成培训并试运行七日，无一级故障。
（三）验收由甲方组织，双方签署上线验收单。系统试运行或甲方门店使用不视为验收合格。
（四）乙方未能在约定期限内具备上线条件的，每逾期一日按合同总价的千分之一支付违约金。

（五）甲方应提供原系统数据导出文件、门店及课程基础资料，并安排各门店店长参加培训。因甲方资料延误导致的进度顺延，双方应书面确认。
（六）乙方应为每家门店提供操作手册和培训视频，上线后第一个月安排专人在线值守，及时解答门店问题。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应在每日22:00至次日7:00之间进行并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或签到）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 一般问题：1个工作日内答复。
（三）可用率低于约定值的，每低0.1个百分点减免当月服务费的5%；一级故障超时恢复的，每超时1小时减免当月服务费的2%。

（四）乙方应通过电话、在线客服和工单系统提供服务，服务时间为每日8:00至22:00，一级故障全天候受理。
（五）乙方每月向甲方提交服务报告，列明当月可用率、故障情况及减免金额，减免金额在下季度服务费中直接扣除。

六、数据归属与数据安全
（一）甲方在系统中录入和产生的会员、学员、家长、课时及交易数据均属于甲方。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的，也不得向第三方提供。
（二）学员多为婴幼儿，乙方应按《个人信息保护法》对儿童个人信息采取加密存储、最小授权和访问日志审计等措施，并每日备份数据。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行告知和报告义务，并承担由此造成的全部损失。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据并在甲方确认后删除。

（五）甲方家长端小程序的隐私政策和用户协议由乙方提供初稿，经甲方审核后发布；乙方应配合甲方处理家长查阅、更正和删除个人信息的请求。
（六）乙方不得在家长端小程序中投放广告，也不得向家长推送与甲方课程无关的信息。

七、知识产权
（一）约课云平台的知识产权归乙方所有。
（二）为甲方开发的接口程序、小程序品牌页面及配置文件归甲方所有，甲方可自行修改或交由第三方使用。

八、服务变更
（一）甲方可根据经营需要增加或减少功能模块，双方按乙方报价单协商确定费用，并签订书面补充协议。
（二）乙方停止提供某项功能的，应提前三个月通知甲方，并提供替代功能或相应减免服务费。
（三）甲方门店搬迁、更名或合并的，乙方应免费完成系统配置调整。

九、保密
双方对在合作中知悉的对方商业信息、经营数据和技术资料承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

十、分包
乙方不得将本合同项下的服务分包或转包给第三方，确有需要的，应事先取得甲方书面同意。

十一、违约及解除
（一）乙方违反数据安全义务或连续两个月可用率低于约定值的，甲方有权解除合同。
（二）任何一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除合同并要求赔偿损失。
（三）甲方逾期支付服务费超过30日的，乙方可在书面通知后暂停服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十三、其他
双方往来通知以书面或电子邮件方式送达本合同载明的联系人。本合同未尽事宜，双方可另行签订补充协议。
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州小禾苗早期教育科技有限公司
乙方（盖章）：上海约课云信息技术有限公司
日期：2025年8月8日
"""

Z04 = """省科协学会服务信息系统年度运维服务合同

项目名称：省科协学会服务信息系统2025—2026年度运维服务
采购方式：竞争性磋商（项目编号：JXKX-CS-2025-011）
采购人（甲方）：江西省科学技术协会
成交供应商（乙方）：南昌博远信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方学会服务信息系统的年度运维服务订立本合同。

第一条 运维对象
运维对象为甲方学会服务信息系统，包括学会会员管理、学术会议报名、科技奖励申报评审、学会年检、继续教育学时登记等子系统，以及配套的门户网站、短信平台、数据库服务器、应用服务器和机房网络设备（设备清单见附件一）。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满后，甲方按规定重新组织采购，本合同不自动续期。

第三条 服务内容
（一）日常运行维护：应用系统及数据库的日常巡检、性能监控、日志分析、数据备份与恢复演练，每月提交运维月报。
（二）驻场服务：乙方派驻两名运维工程师在甲方办公场所工作日驻场，其中一人应具有数据库管理认证。
（三）应用维护：系统缺陷修复、小范围功能调整（每项不超过10人日，全年合计不超过120人日）和业务高峰期保障，包括科技奖励申报期和学术年会报名期。
（四）安全运维：配合甲方完成等保测评整改、漏洞扫描及加固、重要时期网络安全值守。
（五）年底提交年度运维总结及系统优化建议。

（六）节假日保障：春节、国庆等法定节假日及甲方重要活动期间，乙方应安排专人值守，保持通讯畅通，并在节前完成一次全面巡检。
（七）应急演练：乙方每半年配合甲方开展一次系统故障及数据恢复应急演练，并提交演练报告。

第四条 服务要求
（一）故障分级：一级故障指系统整体无法访问或数据库异常；二级故障指单个子系统不可用；三级故障指个别功能异常。
（二）响应时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，12小时内恢复；三级故障1个工作日内处理。
（三）每次故障处理完毕后，乙方应在2个工作日内提交故障报告，说明原因和改进措施。
（四）乙方应于2025年7月1日前完成与上一运维单位的交接，接收系统文档、账号和备份数据并签署交接确认单。

（五）乙方应建立运维工作台账，记录每次巡检、变更、故障处理及账号开通注销情况，重大变更须事先提交变更方案，经甲方信息中心批准后在非工作时间实施。
（六）乙方驻场人员应遵守甲方考勤和安全管理制度，着装整洁，不得在工作场所从事与本合同无关的工作。驻场人员确需更换的，应提前十日书面报甲方同意，且新人员资质不低于原人员。

第五条 服务费用及支付
（一）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），包括人员、工具、差旅、税费等全部费用。
（二）服务费按季度支付，每季度92,000元。每季度结束且乙方提交季度运维报告后，甲方在十五个工作日内支付该季度服务费。
（三）乙方应在每次付款前开具增值税普通发票。

（四）乙方应建立本项目运维知识库，记录系统架构、部署拓扑、常见问题及处理方法，并随运维工作持续更新，服务期满时作为运维文档的一部分移交甲方。
（五）在科技奖励申报截止日前一周及学术年会报名高峰期，乙方应增派一名工程师驻场，并每日向甲方报告系统运行情况。

第六条 考核与验收
（一）甲方每季度按附件二《运维服务考核表》进行考核，考核内容包括故障处理时限、巡检及备份执行率、月报质量和驻场出勤。
（二）服务期满后十五个工作日内，甲方组织年度验收，验收标准为：全年各季度考核均达到合格；全年无因乙方原因导致的数据丢失；运维文档、配置记录和账号清单完整移交。验收合格的，双方签署年度验收报告。

（三）乙方在服务期内发现系统存在安全漏洞或性能隐患的，应及时书面告知甲方并提出处理建议，经甲方同意后实施。
（四）乙方应配合甲方接受上级主管部门、审计部门和网络安全检查，如实提供运维记录和相关资料。

（五）乙方应每月对数据库备份进行抽查，每季度至少完成一次异机恢复验证，并将验证结果写入运维月报，备份介质由甲方保管。

第七条 数据安全
（一）系统中的会员信息、专家库、奖励申报材料等数据属于甲方，乙方仅为运维目的接触，不得复制、下载、留存或用于其他用途。
（二）乙方人员须通过甲方堡垒机进行运维操作，不得使用个人设备接入内网，离岗时须交回全部账号。
（三）发生数据泄露、篡改或系统被攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失由乙方承担赔偿责任。

（四）乙方应按照网络安全等级保护的要求，每季度对服务器和数据库进行一次安全检查，发现高危漏洞应在三个工作日内完成修复，暂时无法修复的应采取临时防护措施并报甲方备案。
（五）乙方对甲方提供的运维账号实行专人专用，不得转借他人；账号权限按最小必要原则设置，人员离岗当日应注销其全部账号。

第八条 保密
乙方及其驻场人员对履约中接触的甲方工作秘密、会员个人信息及评审信息负有保密义务，驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文档、优化代码及运维报告归甲方所有。

第十条 分包
乙方可将机房巡检、漏洞扫描等辅助性工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包单位的工作承担责任。

第十一条 人员要求
乙方派驻的运维工程师应具有三年以上同类系统运维经验，其中至少一人熟悉甲方使用的国产数据库。乙方应在合同签订后五日内提交驻场人员名单、资质证书和联系方式，名单变更应经甲方同意。

第十二条 违约责任
（一）乙方未能按第四条第（四）项约定按时完成交接并开始驻场服务的，每逾期一日按合同总价的千分之二向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自更换或缺勤的，甲方有权要求乙方立即补派人员。
（三）甲方逾期付款的，应继续履行付款义务。

第十三条 合同解除
乙方严重违反本合同约定，或季度考核连续两次不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务时间结算费用。

第十四条 争议解决
因本合同发生争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 服务交接
服务期满或合同解除时，乙方应配合甲方或新的运维单位进行交接，交接期不少于十五日，移交全部系统账号、配置文件、运维台账、备份数据和文档，并协助完成至少一次系统恢复验证。交接完成前乙方不得撤离驻场人员。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书及附件为本合同组成部分。
（二）本合同履行期间，双方工作联系以书面函件或电子邮件为准，紧急情况可先电话通知再补书面确认。
（三）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

附件一：运维设备及系统清单
附件二：运维服务考核表

甲方（盖章）：江西省科学技术协会
乙方（盖章）：南昌博远信息服务有限公司
签订日期：2025年6月20日
"""

Z05 = """# 冷链云仓WMS软件许可及实施合同（标准文本 V3.0）

> 本合同为青岛冷链云仓软件有限公司标准合同文本，灰色部分为可填写内容。

合同编号：LLYC-WMS-2025-0712

甲方（客户）：荣成海之源海带食品有限公司

乙方（供应商）：青岛冷链云仓软件有限公司

鉴于甲方需建设海带加工冷库仓储管理系统，乙方同意按本合同约定向甲方提供冷链云仓WMS软件许可及相关实施服务。

## 第一条 合同标的

1.1 乙方向甲方授予冷链云仓WMS标准版软件许可，部署于甲方本地服务器，许可范围为甲方荣成厂区三座冷库（共计4.2万吨库容）及一座常温成品库。

1.2 乙方根据甲方需求进行定制开发，包括：手持RF终端盐渍海带入库及批次追溯、冷库温湿度监测系统对接、地磅称重系统对接、出库装车单与甲方ERP的接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 冷链云仓WMS标准版软件许可（不限用户数） | 420,000 |
| 2 | 定制开发（RF入库追溯、温控对接、称重对接、ERP接口） | 286,000 |
| 3 | 实施部署及培训 | 58,000 |
| | 合计 | 764,000 |

合同总价为人民币柒拾陆万肆仟元整（¥764,000），含税。

2.1 上述价格不含硬件设备、操作系统及数据库软件费用，亦不含第三方系统厂商的接口开放费用，该等费用由甲方自行承担。

2.2 合同履行过程中甲方提出的需求变更，乙方按每人日2,800元的标准另行报价，经甲方确认后实施。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收款后安排项目启动。

3.2 系统上线后五个工作日内，甲方支付剩余的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施或暂停技术支持。

## 第四条 实施

4.1 乙方在收到首笔款项后开始实施，预计实施周期为90日。实施计划以乙方项目经理提交的计划为准，因甲方需求变更、现场条件或配合不到位导致的延期，实施周期相应顺延。

4.2 甲方应按乙方要求提供服务器、网络、库位编码及基础数据，并指定专人配合。

4.3 甲方应保证冷库现场具备无线网络覆盖，并按乙方要求采购手持RF终端、标签打印机及服务器等硬件设备，硬件不在本合同范围内。

4.4 实施期间乙方派驻项目经理一名、实施顾问一名，驻场时间合计不少于四十人日，超出部分按每人日2,800元另行计费。

4.5 甲方应在乙方提出确认请求后三个工作日内对需求说明、配置方案等文件进行书面确认，逾期未确认的视为确认。

## 第五条 上线与验收

5.1 乙方完成安装部署及培训后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的新增需求或修改，乙方按人天另行报价。

5.3 甲方在上线后发现的问题，应通过乙方工单系统提交，乙方根据问题性质安排处理，处理完成后由甲方在工单系统中确认关闭。

5.4 甲方应自行负责系统使用人员的权限分配和操作规范，因操作不当造成的数据错误，由甲方自行承担。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方对软件缺陷提供远程修复。

6.2 免费维护期满后，甲方如需继续获得软件升级和技术支持，应与乙方签订年度维护合同，维护费按乙方届时公布的维护服务价格标准执行。

6.3 以下情形不属于免费维护范围：甲方自行修改配置或数据造成的问题；硬件、网络、操作系统及数据库故障；甲方新增需求；因温控设备、地磅等第三方系统变更导致的接口调整。

6.4 免费维护期内，乙方每季度可安排一次远程巡检，巡检内容由乙方确定。甲方要求现场巡检的，应另行支付费用。

## 第七条 技术支持

7.1 乙方通过电话、远程方式在工作日9:00至17:30提供技术支持，并尽合理努力协助甲方解决使用中的问题。

7.2 需要现场服务的，甲方应承担乙方人员的差旅费用。

7.3 乙方有权根据产品规划对标准版软件进行升级或调整功能，升级后部分功能与原版本不一致的，不视为乙方违约。

7.4 乙方可以通过远程方式登录甲方服务器进行维护，甲方应为乙方开通远程访问账号。

## 第八条 知识产权

8.1 冷链云仓WMS软件及乙方根据本合同定制开发的全部程序、接口、报表模板及相关文档的知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译或提供给第三方使用。

8.3 甲方不得将软件用于许可范围以外的厂区或提供给关联公司使用；如需扩大许可范围，应另行向乙方购买许可。

8.4 甲方违反本条约定的，乙方有权终止软件许可，并要求甲方赔偿损失。

## 第九条 数据

9.1 乙方应采取合理的技术措施保护系统数据安全，包括账户权限管理、数据库定期备份及远程维护操作日志。发生数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，并对因其过错造成的直接损失承担赔偿责任。

9.2 甲方同意，乙方可以将系统运行中产生的库存、出入库及温控数据在去除甲方名称后汇总使用，用于产品改进、冷链行业分析及向其他客户提供的行业报告。

9.3 甲方负责其服务器、网络及终端设备的安全防护和日常备份，因甲方原因导致的数据丢失，乙方不承担责任。

## 第十条 保密

双方应对在合作中获得的对方商业秘密保密，未经对方同意不得向第三方披露，但法律法规另有规定的除外。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或库存货物损失承担责任。

## 第十二条 合同解除

任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。甲方解除合同的，已支付的款项中对应已完成工作的部分不予退还。

## 第十三条 培训

乙方为甲方提供两次集中培训，培训对象为仓库管理员、叉车司机及系统管理员，每次培训不超过一日。甲方需增加培训的，按乙方收费标准另行计费。

## 第十四条 通知

双方的联系人、联系电话及电子邮箱以合同首页载明的信息为准。任何一方变更联系方式的，应在变更后五日内通知对方，否则按原联系方式发出的通知视为送达。

## 第十五条 不可抗力

因不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方。

## 第十六条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交青岛仲裁委员会仲裁。

双方应严格遵守国家法律法规和商业道德，不得向对方工作人员提供回扣或其他不正当利益。

## 第十七条 其他

本合同条款与甲方采购订单或其他文件不一致的，以本合同为准。本合同的附件包括《软件功能清单》《定制开发需求说明》，附件与正文具有同等效力。

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：荣成海之源海带食品有限公司

乙方（盖章）：青岛冷链云仓软件有限公司

签订日期：2025年7月12日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TSL-CN-2025-014
P:This Agreement is made on 9 September 2025 between Hunan Xiangli Construction Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Teranga Software Solutions SARL, a company incorporated in Senegal with its registered office at Route de Ngor, Dakar, Senegal (the "Vendor").
P:The Buyer operates an after-sales network for excavators and cranes in several countries and wishes to license the Vendor's field service management software, have it configured for its service organisation and integrated with its systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FieldPro field service management software, version 7, in object code, including the dispatch, work order, spare parts, technician mobile and reporting modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, report templates, mobile forms, data migration scripts and documentation created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's use, including customer, machine, service history and technician data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.5 "Severity 1 fault" means a fault that makes the Software unavailable to users or prevents work orders from being dispatched to technicians.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 600 named users within the Buyer and its affiliates, on the Buyer's own servers located in mainland China.
P:2.2 The Vendor shall configure the Software, build interfaces to the Buyer's ERP system, spare-parts warehouse system and telematics platform, migrate the Buyer's open work orders and three years of service history, and train the Buyer's administrators and key users.
P:2.3 The Software and all Custom Deliverables shall support Chinese, English and French user interfaces.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,684,000, made up of the Licence Fee of CNY 1,180,000, configuration and interfaces of CNY 364,000, data migration of CNY 92,000 and training of CNY 48,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor, and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Go-Live Test Certificate is signed under Article 5.2.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software and complete configuration, interfaces and data migration within 120 days after signature, following the project plan agreed at kick-off.
P:5.2 The Go-Live Test shall show that every function in the agreed specification works, that the interfaces exchange work orders, parts and machine hours without error for ten consecutive business days, and that migrated records reconcile with the source systems. When passed, the parties sign a Go-Live Test Certificate.
P:5.3 Final Acceptance follows a production run of 60 days without any Severity 1 fault and the delivery of complete documentation, source code of the Custom Deliverables and administrator handover. The Buyer shall confirm Final Acceptance in writing within ten business days or state the defects found.
P:5.4 Go-live, productive use or payment do not by themselves mean Final Acceptance. If a test fails, the Vendor shall correct the defects at its own cost and the test shall be repeated.
P:5.5 The Buyer shall provide the Vendor's team with access to its test environment, interface specifications of its ERP, warehouse and telematics systems, and a project manager who can take decisions on configuration questions within three business days. Delays caused by the Buyer extend the Vendor's dates accordingly, as recorded in the weekly project report.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During it the Vendor shall correct defects, supply all updates and new versions free of charge and keep the interfaces working with the Buyer's systems.
P:6.2 Support is provided by a service desk in English and French, with Chinese-speaking staff available through the Vendor's partner in Shenzhen. Severity 1 faults (Software unavailable or work orders cannot be dispatched) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 faults shall be responded to within two hours and resolved within two business days.
P:6.3 For each full hour by which the Vendor exceeds a response or resolution time for a Severity 1 fault, it shall pay the Buyer a service credit of CNY 1,000, deducted from the next payment or claimed under the performance bond.
P:6.4 After the Warranty Period, the Buyer may order annual support at 11% of the Licence Fee, being CNY 129,800 per year. This fee is fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to the Buyer on payment. The Buyer may use, modify, copy and license them to third parties without restriction, and the Vendor shall deliver their source code.
P:7.3 The Vendor warrants that the Software and Custom Deliverables do not infringe any third-party right and shall defend and indemnify the Buyer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 Remote access by the Vendor is allowed only through the Buyer's VPN with individual accounts and multi-factor authentication, after the Buyer's approval for each session, and all sessions are logged. The Vendor shall not transfer Buyer Data outside mainland China and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any security incident affecting Buyer Data, cooperate in the investigation and remedy, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond the date in the project plan for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor may not subcontract any part of the services without the Buyer's prior written consent. The Vendor's Shenzhen partner named in Annex 2 is approved by signature of this Agreement. The Vendor remains responsible for its subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 30 days after written notice, or if the delay damages reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the payments received for services not accepted, and the licence already paid for shall continue.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Senegal.
P:13.2 Any dispute arising out of this Agreement shall first be negotiated for 30 days and then be settled by arbitration under the rules of the Arbitration, Mediation and Conciliation Centre of Dakar, seated in Dakar, in the English language, by a sole arbitrator.
H:Article 14 Notices
P:14.1 Notices under this Agreement shall be in writing and sent by courier or email to the addresses in the preamble, for the attention of each party's project director. A notice by email is received on the next business day.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification and Project Plan) and Annex 2 (Approved Partner), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# SUBSCRIPTION ORDER FORM No. EBN-2025-0388

**Provider:** Eburnie Digital Services SA, Plateau, Avenue Chardy, Abidjan, Côte d'Ivoire ("Provider")

**Customer:** Shenzhen Lumaray Electronics Co., Ltd., Bao'an District, Shenzhen, Guangdong, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). If they conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

Provider shall provide its HelaDesk omnichannel customer support platform as a hosted service ("Service") for Customer's after-sales teams handling consumer enquiries for Customer's phones, tablets and accessories, including ticketing, shared inbox, knowledge base, chat and WhatsApp channels, agent workspace and reporting.

### A2. Subscription Term

The Subscription Term is 24 months from the Service Start Date, being the date on which Customer signs the Onboarding Acceptance under A5. This Order Form does not renew automatically. Any renewal requires a new order form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Period | Amount (CNY) |
|---|---|---|---|---|
| HelaDesk Professional agent seat | 180 seats | 1,450 per seat per year | 24 months | 522,000 |
| WhatsApp and chat channel module | 1 | 48,000 per year | 24 months | 96,000 |
| Onboarding and integration (one-time) | 1 | 64,000 | once | 64,000 |
| **Total Order Value** | | | | **682,000** |

Fees are fixed for the Subscription Term and include all taxes. Additional seats ordered during the term are charged pro rata at the same unit price.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer signs the Onboarding Acceptance.

(b) Subscription fees are invoiced quarterly in advance, the first quarter on the Service Start Date, in eight equal instalments of CNY 77,250.

(c) Customer shall pay each undisputed invoice within 30 days of receipt. No other amount is payable before the Service Start Date.

### A5. Onboarding and Acceptance

(a) Provider shall complete onboarding within 45 days after signature of this Order Form. Onboarding covers tenant set-up in Provider's data centre in mainland China, configuration of queues and routing for Chinese, English and French support, integration with Customer's order management system and warranty database, import of the existing knowledge base and training of team leaders.

(b) Onboarding is accepted when: (i) tickets created in every channel are routed correctly in a test of 300 sample enquiries; (ii) order and warranty look-ups return correct results for all sample serial numbers; (iii) the knowledge base is imported with all articles and attachments; and (iv) a pilot of ten business days with live traffic shows no Priority 1 incident. Customer then signs the Onboarding Acceptance.

(c) If onboarding is not accepted by the date in A5(a) for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay.

(d) Customer shall provide test access to its order management system and warranty database, sample enquiries in each language and a named project lead. Provider shall report progress weekly and raise any risk to the onboarding date as soon as it becomes aware of it.

(e) Provider's onboarding team shall include a project manager, an integration engineer and a support specialist fluent in French and English. Training of team leaders shall take place in Shenzhen or online, as Customer chooses.

### A6. Contacts

Provider account manager: Mr. Koffi Yao, accounts@eburnie-digital.example. Customer contract owner: Ms. Lin Qiao, IT Procurement, Shenzhen.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including enquiries, tickets, attachments, chat transcripts, and consumer names and contact details.

1.2 "Configurations" means the queues, routing rules, templates, macros, integrations and report designs created by Provider for Customer.

1.3 "Priority 1 incident" means the Service is unavailable to all agents or tickets cannot be created or answered in any channel.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with this Order Form.

2.2 Customer shall use the Service only for its own business purposes and shall be responsible for the activities of its users.

2.3 Provider may improve the Service from time to time, but shall not remove any function that Customer uses under this Order Form or materially reduce its performance or security during the Subscription Term.

2.4 Provider shall provide Customer's administrators with a sandbox environment, online help in English and French, and a named customer success manager who holds a service review with Customer every quarter.

2.5 Customer shall keep its users' passwords secret and inform Provider without delay if it believes an account has been misused.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance of which Customer is notified at least five days in advance and which takes place outside 08:00 to 22:00 Beijing time.

3.2 Provider shall respond to Priority 1 incidents within 30 minutes and restore the Service within three hours. Priority 2 incidents shall be responded to within two hours and resolved within one business day.

3.3 If monthly availability falls below the level in 3.1, Customer receives a service credit of 5% of the monthly subscription fees for each 0.1 percentage point or part of it below the level, up to half of the monthly fees. If a Priority 1 incident is not restored in time, Customer receives a further credit of 2% of the monthly fees for each hour of delay. Credits are deducted from the next invoice.

3.4 Provider shall give Customer a monthly service report showing availability, incidents by priority, response and restoration times and any credits due.

### 4. Customer Data

4.1 As between the parties, Customer Data belongs to Customer.

4.2 Provider shall process Customer Data only to provide the Service to Customer under this Order Form and shall not use it for any other purpose.

4.3 On expiry or termination, Provider shall make Customer Data available for export for 30 days and shall then delete it.

4.4 Customer may export Customer Data at any time during the Subscription Term through the reporting tools or the standard export function, in CSV or JSON format, at no extra charge.

### 5. Intellectual Property

5.1 Provider owns the Service and its underlying software.

5.2 The Configurations created for Customer belong to Customer. Customer may use, copy and modify them and may let any third party use them, including a successor provider.

4.5 Provider shall tell Customer in writing before it changes the data centre in which Customer Data is stored.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information, including the terms of this Order Form, pricing and product plans, and shall use it only for this Order Form.

6.2 These obligations survive for three years after the Subscription Term ends.

### 7. Subcontracting

7.1 Provider shall not subcontract any part of the Service or onboarding without Customer's prior written consent. The hosting provider named in the onboarding plan is approved on signature.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Each party's total liability arising out of or in connection with this Order Form shall not exceed the fees paid or payable by Customer in the six months immediately preceding the event giving rise to the claim.

8.3 These limits do not apply to fraud, wilful misconduct, personal injury or Customer's payment obligations.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

9.2 Customer may also terminate by written notice if availability falls below the level in 3.1 in three months out of any six.

9.3 On termination for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force at the time. The award is final and binding.

9.4 On expiry or termination for any reason, Provider shall, at Customer's request, provide reasonable assistance for up to 30 days to transfer tickets, the knowledge base and Configurations to Customer or a successor provider, at the daily rates in Provider's current price list.

### 11. General

11.1 Notices shall be in writing and sent to the contacts in A6 by email with a copy by courier.

11.2 Neither party may assign this Order Form without the other party's written consent.

11.3 This Order Form is signed in English in two counterparts.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________
"""

E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. WH-CM-2025-022 (Buyer's standard form)
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Okeke Industrial Sensing Ltd., Ikeja, Lagos, Nigeria (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of kiln drives, raw mills, cement mills, fans and conveyors at its Wuhu plant. Following a tender, the parties agree as follows.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software licensed under this Contract, installed on the Buyer's servers.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards, interface to the Buyer's maintenance management system and related documentation produced for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, perform the Custom Work and train the Buyer's staff, as set out below. Prices are in CNY and include VAT, packing, freight to site, insurance and import duties.
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Wireless triaxial vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial wireless gateway with mounting kit|24|9,800|235,200
TB:3|VibraWatch monitoring software, perpetual plant licence|1|412,000|412,000
TB:|Equipment and Software subtotal|||1,335,200
TB:4|Installation, commissioning and Custom Work|1|148,600|148,600
TB:5|Training of maintenance engineers|1|26,200|26,200
TB:|Contract Price|||1,510,000
P:2.2 The Contract Price of CNY 1,510,000 is fixed for the duration of this Contract.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's Wuhu plant within 70 days after the Contract takes effect, with packing lists, certificates of origin and test reports for each sensor batch.
P:3.2 Installation shall be carried out during the planned kiln shutdown notified by the Buyer. The Supplier's staff shall follow the Buyer's site safety rules and work permits.
P:3.3 Signature of the delivery note confirms quantities and visible condition only and is not acceptance.
P:3.4 The Supplier shall deliver, with the Equipment, installation drawings, mounting instructions for each machine type, a spare-parts list, the Software installation media and the licence keys. All documents shall be in Chinese or English.
P:3.5 The Buyer shall provide power and network connection points for the gateways, access to the machines during the shutdown, and lifting equipment where needed. The Buyer's maintenance department shall name a site coordinator.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after receiving the Supplier's bank guarantee for the same amount and an invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 business days after all Equipment is delivered and the delivery notes are signed.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 Invoices shall state the Contract number, the payment stage and the bank account of the Supplier. The Buyer may withhold payment of an invoice that does not meet these requirements until a correct invoice is received.
H:5. Testing and Acceptance
P:5.1 After installation, the Supplier shall demonstrate that every sensor reports to the Software, with a data loss rate below 0.5% over seven days, that battery life estimates meet the specification, and that alarm rules trigger correctly on the test cases agreed with the Buyer.
P:5.2 A trial run of 45 days follows. During it, the readings of at least 20 sensors shall be compared with the Buyer's portable analyser and shall agree within the tolerance in the technical specification, and there shall be no Severity 1 fault.
P:5.3 When the trial run is passed and all documents are delivered, the Buyer shall sign the Final Acceptance certificate. Installation, use or payment does not mean acceptance. Failed tests shall be repeated at the Supplier's cost.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period for the Equipment and Software is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail early, and supply Software updates.
P:6.2 Faults are classed as in the table below.
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software or more than one gateway down; alarms not raised|2 hours|24 hours
TB:Severity 2|Single gateway or up to ten sensors not reporting|8 hours|3 business days
TB:Severity 3|Other defects and questions|1 business day|Next update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600, deducted from any amount due or claimed under the guarantee.
P:6.4 After the warranty period, the Supplier shall on the Buyer's request provide annual support at 7.5% of the Equipment and Software subtotal, being CNY 100,140 per year. This fee shall not be increased for three years after the warranty ends. Support is ordered per year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in China, equal to at least one twentieth of the installed quantity, so that replacements can be shipped within three business days during the warranty period.
P:6.6 Software updates shall be tested by the Supplier before release and installed only after the Buyer agrees on a date. The Supplier shall keep the Software compatible with the operating system and database versions used by the Buyer.
H:7. Intellectual Property
P:7.1 The Supplier keeps the intellectual property in the Software and sensor firmware and grants the Buyer a perpetual licence to use them at the Wuhu plant.
P:7.2 The Custom Work belongs to the Buyer. The Buyer may use, modify and license it to third parties freely, and the Supplier shall hand over all editable files.
H:8. Data Security and Ownership
P:8.1 All measurement data, alarms and maintenance records produced by the Equipment and Software belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Software shall run on the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's bastion host and is logged. The Supplier shall not transfer any data out of mainland China.
P:8.3 The Supplier shall report any security incident within 12 hours, help the Buyer contain it and bear the losses caused by its breach of this Clause.
P:8.4 The Supplier's engineers working at the plant shall follow the Buyer's rules for its industrial control network and shall not connect any device to it without the Buyer's permission.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information and the terms of this Contract, and shall not disclose them without the other party's written consent, during the Contract and for three years after it ends.
P:9.2 Information that is public, already known to the receiving party or independently developed by it is not confidential information.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price per day, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Clauses 8 and 9.
P:10.3 Neither party is liable to the other for loss of profit or production, except where caused by wilful misconduct.
P:10.4 Delay damages are deducted from the next payment due or claimed under the bank guarantee, and do not release the Supplier from its obligation to complete the work.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Training
P:12.1 The Supplier shall train up to 18 maintenance engineers of the Buyer in two sessions at the Wuhu plant, covering sensor installation and replacement, gateway configuration, alarm analysis and use of the Software, and shall provide training material in Chinese.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for Equipment or work not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:15. Miscellaneous
P:15.1 The tender documents, the Supplier's bid and the technical specification form part of this Contract. This Contract takes effect on signature by both parties and is made in four originals, two for each party.
P:15.2 Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT AND NETWORK SERVICES AGREEMENT

**Agreement No.** HY-MS-2025-07

**Customer:** Yantai Haiyu Bauxite Logistics Co., Ltd., Zhifu District, Yantai, Shandong, People's Republic of China ("Customer")

**Provider:** Kaloum Networks SARL, Kaloum, Conakry, Republic of Guinea ("Provider")

**Background.** Customer runs a project office in Conakry and a river terminal and staff camp near Boké for its bauxite shipping operations. Customer wishes to outsource the operation of the IT and network services at these sites to Provider for 36 months, with remote supervision by Customer's IT department in Yantai.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Sites" means Customer's Conakry project office, the Boké river terminal and the Boké staff camp.

1.3 "Service Levels" means the levels in Schedule 2.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance under Section 3.

1.5 "Customer Data" means all data of Customer or its staff that Provider accesses, stores or processes in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 This Agreement ends at the end of the term unless the parties sign an extension in writing. There is no automatic renewal.

## Section 3. Transition

3.1 Within 60 days after signature, Provider shall take over the Sites' networks, servers and end-user devices from the current contractor, document the inventory and configurations, set up remote monitoring with read access for Customer's Yantai IT team, and train its on-site engineers in Customer's procedures.

3.2 Transition is accepted when: (a) every device in the agreed inventory is in the monitoring system; (b) backups of the two site servers have been restored successfully in a test; (c) the service desk has handled a trial period of 14 days within the Service Levels; and (d) the run book for each Site is approved by Customer. Customer then signs the Transition Acceptance.

3.3 If Provider does not achieve Transition Acceptance by the date in 3.1 for reasons attributable to it, Provider shall pay CNY 1,800 for each day of delay.

3.4 Customer shall give Provider access to the Sites, the current contractor's documentation and administrator credentials, and shall arrange site passes and transport to the Boké terminal for Provider's engineers.

## Section 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The total Charges for the term are CNY 2,160,000.

4.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

4.3 Customer shall pay each correct invoice within 30 days. No advance payment is due.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them every month.

5.2 If a Service Level is missed, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice. Service credits in a month are limited to one fifth of that month's service charge.

5.3 Provider shall hold a service review with Customer every quarter, by video conference with Customer's Yantai IT team, to discuss the service reports, open problems and planned changes. Provider shall submit any change to the Sites' systems to Customer for approval at least three business days in advance, except emergency changes needed to restore a service, which shall be reported on the same day.

## Section 6. Data Security and Ownership

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy or disclose it for any other purpose.

6.2 Provider shall apply the security controls in the run books, including named administrator accounts with multi-factor authentication, encrypted backups, patching within the agreed windows and logging of all administrator actions. Provider shall not move Customer Data to systems outside the Sites and Customer's own cloud tenancy.

6.3 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data or the Sites' systems, cooperate in the investigation and bear the losses caused by its failure to comply with this Section.

6.4 On the Customer's request, Provider shall show evidence of the security controls in 6.2 at the quarterly service review.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including network designs, passwords, shipping schedules and prices, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Provider keeps its own tools and monitoring software.

8.2 Run books, configurations, scripts and documentation prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall keep at least two qualified engineers on site in Conakry and one at Boké during working hours, with on-call cover outside working hours.

9.2 Provider may engage subcontractors for any part of the Services, including site cabling, device repair and night-time monitoring, by giving Customer written notice of the subcontractor's name and scope before it starts work. Provider remains responsible for its subcontractors.

9.3 Provider shall replace any engineer whom Customer reasonably asks to be removed for misconduct or poor performance within 15 business days, and shall ensure that its staff follow Customer's site safety rules, including the rules for the river terminal.

## Section 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Provider's total liability under this Agreement is limited to 150% of the total Charges, except for personal injury, wilful misconduct and breach of Sections 6 and 7, which are not limited.

## Section 11. Termination

11.1 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed invoices for more than 60 days after a written reminder.

11.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or if force majeure prevents performance for more than 90 days.

11.3 Except as set out in 11.1 and 11.2, this Agreement cannot be terminated before the end of the term. Customer's remedies for failures to meet the Service Levels are the service credits under Section 5, and for other failures, damages under Section 10.

11.4 On expiry or termination, Provider shall cooperate for up to 30 days in handing over the Services to Customer or its new provider, and shall return all Customer Data.

11.5 Any service credits due and any amounts owed for Services performed up to the end date shall be settled within 60 days after the Agreement ends.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai, in English and Chinese.

12.3 Each party shall continue to perform its obligations during any dispute.

12.4 The English text of this Agreement prevails over any translation.

## Section 13. General

13.1 Changes to this Agreement must be in writing and signed by both parties. Neither party may assign this Agreement without the other's consent.

13.2 The Schedules form part of this Agreement.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, email and chat in French, English and Chinese for about 160 users | 07:00-22:00 local time, seven days |
| Network operations | Routers, switches, firewalls, Wi-Fi and the satellite and fibre links at the three Sites | Monitoring around the clock |
| Server operations | Two site servers, backups, patching, antivirus | Working hours, on-call outside |
| End-user support | Laptops, printers, radios and phones; moves and changes | Working hours on site |
| Reporting | Monthly service report and quarterly review with Customer's Yantai IT team | Monthly |

## Schedule 2 - Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (a Site without network or the terminal systems down): response | 30 minutes | 2% of the monthly charge per late hour |
| Priority 1 incident: restoration | 6 hours | 3% of the monthly charge per late hour |
| Priority 2 incident: response | 2 hours | 1% of the monthly charge per late incident |
| Monthly availability of each Site's core network | 99.95% | 5% of the monthly charge per 0.1 point below |
| Monthly service report | By the fifth business day of the next month | 1% of the monthly charge per late report |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Number | Total (CNY) |
|---|---|---|---|
| Transition (one-time) | 72,000 | 1 | 72,000 |
| Monthly service charge | 58,000 | 36 months | 2,088,000 |
| **Total Charges** | | | **2,160,000** |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No.: SLM-API-2025-031
Date: 2 October 2025

PARTIES

(1) Zhoushan Donghai Ocean Fishing Co., Ltd., a company registered in Zhoushan, Zhejiang Province, People's Republic of China (the "Customer").

(2) Atlantic Shelf Data Ltd., a company registered in Sierra Leone, with its office at Lumley Beach Road, Freetown, Sierra Leone (the "Provider").

BACKGROUND

The Customer operates a fleet of distant-water fishing vessels and reefer carriers off West Africa. The Provider compiles sea-state, current, sea-surface temperature, chlorophyll and port congestion data for the Gulf of Guinea and neighbouring waters and offers it through an application programming interface (the "API"). The Customer wishes to subscribe to the API for its fleet operations centre in Zhoushan.

1. DEFINITIONS

1.1 "Subscription Year" means each period of one year starting on the Activation Date or an anniversary of it.

1.2 "Subscription Term" means the first two Subscription Years and any renewal under Clause 3.

1.3 "Provider Data" means the datasets, forecasts and derived layers delivered through the API.

1.4 "Customer Data" means vessel positions, catch logs, voyage plans, API queries and account details that the Customer uploads to or sends through the API.

1.5 "Integration Work" means the connectors, data mappings and dashboards that the Provider builds for the Customer under Clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use Provider Data within the Customer's group for fleet routing, safety, fishing operations and port planning.

2.2 The subscription covers up to 40 vessels, 25 named users of the web viewer and two million API calls per month. Additional vessels may be added at the unit price in Clause 5.

3. TERM AND RENEWAL

3.1 The Subscription Term starts on the Activation Date and runs for two Subscription Years.

3.2 At the end of the second Subscription Year the subscription renews automatically for a further Subscription Year, and then for each following Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

3.3 For each renewal year the Provider may increase the subscription fee by notice to the Customer at least 90 days before the renewal date. The increased fee applies from the renewal date.

4. ACTIVATION AND INTEGRATION

4.1 Within 30 days after signature, the Provider shall activate the Customer's accounts and complete the Integration Work: a connector that loads Provider Data every hour into the Customer's fleet management system, mappings of the Customer's 38 vessel identifiers, and a dashboard for the operations centre.

4.2 The Activation Date is the date on which the Customer confirms in writing that the following tests are passed: (a) every data layer in the service description is delivered for the agreed area at the stated resolution; (b) hourly loads run without error for seven consecutive days; (c) forecasts for ten sample positions match the Provider's web viewer; and (d) the dashboard shows all vessels with current weather and sea-state data.

4.3 If the Activation Date is delayed beyond the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are:

    API subscription, first Subscription Year ........... CNY 276,000
    API subscription, second Subscription Year .......... CNY 276,000
    Integration Work (one-time) ......................... CNY 38,000
    Total for the initial Subscription Term ............. CNY 590,000

5.2 Additional vessels are charged at CNY 6,900 per vessel per Subscription Year, pro rata.

5.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Integration Work fee is invoiced on the Activation Date. The Customer shall pay within 30 days of receiving a correct invoice.

5.4 Fees include all taxes and bank charges on the Provider's side.

5.5 If the Customer disputes part of an invoice in good faith, it shall pay the undisputed part and the parties shall settle the disputed part within 30 days.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 04:00 Beijing time.

6.2 Data layers shall be updated at the frequency in the service description. Forecast updates shall not be late by more than two hours.

6.3 For a Priority 1 incident (the API is unavailable or returns no current data), the Provider shall respond within one hour and restore the service within six hours. Priority 2 incidents shall be responded to within three hours.

6.4 If availability in a month is below the level in Clause 6.1, or a Priority 1 incident is not restored in time, the Customer receives a service credit of one tenth of the monthly equivalent of the subscription fee, and one fifth if both happen in the same month. Credits are set off against the next invoice or refunded at the end of the term.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the API and the Integration Work to the Customer and for no other purpose, and shall not sell, share or analyse it for itself or others.

7.2 The Provider shall host Customer Data with a cloud provider in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for one year.

7.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain it and be liable for the losses the Customer suffers as a result of the Provider's breach of this Clause 7.

7.4 At the end of the Subscription Term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7.5 The Customer shall keep its API keys secure, shall not share them outside its group and shall tell the Provider at once if it believes a key has been compromised, so that the key can be revoked and replaced.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API and Provider Data. The Customer may keep and use Provider Data downloaded during the Subscription Term for its internal records after the term ends.

8.2 The Integration Work belongs to the Customer. The Customer may use, modify and license it freely, and the Provider shall hand over the source code of the connector and the dashboard definitions on the Activation Date.

8.3 The Customer shall not resell Provider Data or publish it in a form that allows others to rebuild the datasets, but it may share maps and summaries derived from it with its vessel masters, agents and insurers.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract any part of its obligations, other than hosting with the cloud provider named in the service description, without the Customer's prior written consent.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit, including loss of catch.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total fees for the initial Subscription Term, except for fraud, wilful misconduct and breach of Clause 7.

10.3 Provider Data supports the Customer's decisions but does not replace the master's judgement on the safety of a vessel.

10.4 Each party shall take reasonable steps to limit any loss for which it claims against the other party.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice.

11.2 The Customer may terminate by written notice if a Priority 1 incident lasts more than three days.

11.3 On termination for the Provider's breach, the Provider shall refund the unused part of the subscription fee paid for the current Subscription Year.

11.4 Clauses 7, 8 and 10 continue to apply after this Agreement ends, for as long as needed to give them effect.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan. The award is final and binding on both parties.

12.3 Before starting arbitration, the parties shall try for 30 days to settle the dispute through their senior managers.

12.4 The Zhoushan Arbitration Commission may hold hearings by video conference if both parties agree.

13. GENERAL

13.1 Notices shall be given in writing to the addresses above, with a copy by email.

13.2 This Agreement may be amended only in writing signed by both parties. It is made in English in two originals.

SIGNED for the Customer: ____________________

SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------- files
# key -> (file name, format, source)
FILES = {
    "z01": ("h635z01_waste_sorting_collection_platform.pdf", "pdf", Z01),
    "z02": ("h635z02_forging_press_control_retrofit.docx", "docx", Z02),
    "z03": ("h635z03_early_education_booking_saas.txt", "txt", Z03),
    "z04": ("h635z04_science_association_system_om.txt", "txt", Z04),
    "z05": ("h635z05_kelp_cold_storage_wms_supplier_template.md", "md", Z05),
    "e01": ("h635e01_field_service_licence_dakar_vendor.pdf", "pdf", E01),
    "e02": ("h635e02_support_desk_saas_order_form_abidjan.md", "md", E02),
    "e03": ("h635e03_cement_condition_monitoring_sensors.docx", "docx", E03),
    "e04": ("h635e04_managed_it_services_conakry_36m.md", "md", E04),
    "e05": ("h635e05_marine_data_api_subscription_freetown.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels (buyer's view)
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# values in the order of T; then extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 24, 9, False,
                               True, False, "PRC", G], (True, True, True, False, 1496000)),
    "z02": ("zh", "hardware", [N, 1, True, "buyer", True, True, True, 0.03, 200, 10, True, True, 18, 26, False,
                               True, False, "PRC", G], (True, True, True, False, 1860000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, N, N, True, N, N, N, True,
                            True, False, "PRC", S], (True, True, N, False, 894000)),
    "z04": ("zh", "services", [N, 0.5, False, "buyer", True, True, True, 0.2, N, N, True, N, N, N, False,
                               True, True, N, S], (True, True, N, False, 368000)),
    "z05": ("zh", "software", [N, N, False, "supplier", True, False, True, N, N, 65, False, False, 6, N, False,
                               True, N, "PRC", G], (False, False, False, True, 764000)),
    "e01": ("en", "software", [N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False,
                               True, False, "Senegal", G], (True, True, True, False, 1684000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 500 / 682000 * 100, 6 / 24 * 100, N, True,
                            N, N, N, False, True, False, "PRC", S], (True, True, N, False, 682000)),
    "e03": ("en", "hardware", [N, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False,
                               True, False, "PRC", G], (True, True, True, False, 1510000)),
    "e04": ("en", "services", [99.95, 0.5, True, "buyer", True, True, True, 1800 / 2160000 * 100, 150, N, True, N, N,
                               N, False, False, True, "PRC", S], (True, True, N, False, 2160000)),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, False, 400 / 590000 * 100, 150, N, True, N, N, N,
                            True, True, False, "PRC", S], (True, True, N, False, 590000)),
}
# design: the rules each draft was written to fire; forum outside mainland China (design fact, not a label key)
DESIGN = {
    "z01": [], "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "e03": [],
    "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"], "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
FOREIGN_FORUM = {"e01"}
# licence / hardware subtotal (TCO fee base) for goods drafts
FEE_BASE = {"z01": 826000, "z02": 1642000, "e01": 1180000, "e03": 1335200}
LOW = {"CR-GOVERNING-LAW"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key, t, x):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """my reading of policy §3"""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
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
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    lang, cat, vals, (sla, lds, capped, deemed, cv) = LABELS[key]
    t = dict(zip(T, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- thresholds
def check_values(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
    assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
    share = tco_share(key, t, x)
    if share is not None:
        assert abs(share - 40) > 2, (key, share)
    return share


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [re.compile(p, re.I) for p in [
    r"99\.9(?![\d])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"(?<![a-z-])four\s*(?:\(\s*4\s*\)\s*)?hours?",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十百千])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:百|一百)", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|月)", r"(?<![一二三四五六七八九])十二\s*个?\s*月", r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?",
    r"质保期?\s*(?:为)?\s*(?:一|1)\s*年", r"(?:一|1)\s*年\s*(?:的)?\s*(?:免费)?\s*质保",
    r"one\s*(?:\(\s*1\s*\)\s*)?-?\s*year'?s?\s*warranty", r"warranty\s*period\s*of\s*one\s*year",
    r"(?<![\d.])5\s*-?\s*years?", r"(?<![\d.])5\s*年", r"(?<![十\d])五\s*年", r"(?<![a-z-])five\s*-?\s*years?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four (4) hours", "0.05%", "0.05 %", "万分之五", "100%",
            "100 per cent", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months",
            "12个月", "十二个月", "twelve (12) months", "质保期为一年", "5 years", "五年", "five years", "100.0%"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四个月", "0.055%", "万分之五十", "1100%", "130%", "115%",
             "140%", "30 days", "40 vessels", "15 business days", "2025年", "25 years", "112 months", "18 months",
             "十八个月", "百分之三十五", "0.5%", "7.5%", "fourteen"]


def self_test():
    for s in MUST_HIT:
        assert any(p.search(s) for p in THRESH), s
    for s in MUST_MISS:
        assert not any(p.search(s) for p in THRESH), s


def scan(name, text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESH:
            m = p.search(variant)
            assert not m, (name, p.pattern, variant[max(0, m.start() - 30):m.end() + 30])


# ---------------------------------------------------------------- read back and length
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[2] for k, v in FILES.items()}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, bad = set(), []
    for k, (name, fmt, src) in FILES.items():
        lab = label(k)
        covered |= set(lab["expected_rules"])
        share = check_values(k, lab)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        scan(name, src)
        scan(name, text)
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        risk = "high" if set(lab["expected_rules"]) & HIGH else ("medium" if set(lab["expected_rules"]) - LOW else "low")
        print(f"{name}: length {n} ({lo}-{hi}); rules {lab['expected_rules']}; risk {risk}"
              + (f"; TCO share {share:.2f}" if share is not None else ""))
        if not lo <= n <= hi:
            bad.append((name, n))
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))
