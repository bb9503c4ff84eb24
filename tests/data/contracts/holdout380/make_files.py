"""holdout380: ten ORDINARY draft contracts (5 zh, 5 en), written blind from policy.md / API.md.
Writes the contracts, their .json labels, and checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["h380z01"] = """T:国资在线监管平台建设项目合同
P:合同编号：HZGZ-2025-ZC-0417　采购项目编号：HZZC2025-G-0163（公开招标）
P:甲方（采购人）：衡州市人民政府国有资产监督管理委员会
P:乙方（供应商）：江淮云数信息技术股份有限公司
P:鉴于甲方就"国资在线监管平台建设项目"依法组织公开招标，乙方为中标供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，以招标文件、投标文件和中标通知书为基础，经协商一致订立本合同，共同遵守。
H:第一条 合同标的
P:1.1 乙方为甲方建设国资在线监管平台，包括"三重一大"决策监管、投资监管、财务快报、产权登记、企业负责人履职监督等模块，覆盖市属一级企业23户及其重要子企业。
P:1.2 平台部署在甲方政务云专区。乙方负责提供平台基础软件许可、定制开发、与市属企业财务及产权系统的数据对接、部署实施及培训。
P:1.3 本合同附件包括：需求规格说明书、分项报价表、验收方案、安全保障方案。附件与正文具有同等效力；如有冲突，以正文为准。
H:第二条 合同价款
P:2.1 合同总价为人民币叁佰壹拾壹万陆仟元整（¥3,116,000），为固定总价，已包含税费及乙方履约所需的全部费用。分项报价如下：
TB:序号|项目|金额（元）
TB:1|平台基础软件许可（监管门户、流程引擎、数据中台组件，永久许可）|1,180,000
TB:2|定制开发（监管模块及领导驾驶舱）|1,460,000
TB:3|数据对接（23户企业财务及产权数据接口）|380,000
TB:4|部署实施及培训|96,000
TB:合计||3,116,000
P:2.2 平台基础软件许可费小计为¥1,180,000，作为本合同第九条运维服务费的计算基数。
H:第三条 付款方式
P:3.1 合同生效且乙方提交履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥623,200。
P:3.2 平台通过初验并试运行满60日后，甲方支付合同总价的45%，即¥1,402,200。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥1,090,600。
P:3.4 乙方每次收款前应开具合规发票。甲方按国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 履约期限
P:4.1 乙方应在合同生效后10日内提交项目实施计划，经甲方确认后执行。
P:4.2 乙方应于合同生效后150日内完成全部开发、部署和数据对接，并提交初验申请。初验通过后进入60日试运行。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；23户企业数据接口连续10个工作日按时报送，差错经核对全部纠正；300个并发用户下页面平均响应时间不超过3秒；第三方测评机构出具的网络安全等级保护第三级测评报告和商用密码应用安全性评估报告结论均为符合。
P:5.2 最终验收：试运行期间未发生一级故障，遗留问题全部整改完毕，乙方已移交源代码、数据字典、部署文档及运维手册，由甲方组织专家按验收方案进行最终验收并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁，并每季度进行一次现场巡检。
P:6.2 质保期内平台月可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.3 故障分级及响应：一级故障（平台整体不可用，或数据错误影响监管决策）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、1个工作日内解决；三级故障1个工作日内响应、5个工作日内解决。
P:6.4 月可用率低于6.2约定的，每低0.01个百分点，乙方向甲方支付¥2,000；一级故障响应或恢复每超时1小时，乙方支付¥1,000。上述款项甲方可从应付款或履约保证金中直接扣除。
H:第七条 数据安全
P:7.1 平台汇集的国有企业财务、产权、投资等数据及其衍生数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:7.2 乙方应落实网络安全等级保护第三级要求，对敏感数据加密存储和传输；运维人员经甲方审批后通过堡垒机访问并全程审计；不得将生产数据导出至政务云以外的任何环境。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方及所监管企业的非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而解除。
P:8.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
H:第九条 质保期满后的运维服务
P:9.1 质保期满后，甲方可按服务年度委托乙方提供运维服务。年度运维服务费不超过平台基础软件许可费小计的10%，即不超过¥118,000，且两个服务年度内不上调。
P:9.2 运维服务另行签订书面合同，不自动续期。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的模块、接口程序、源代码及相关文档，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.2 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.3 乙方保证交付成果不侵犯任何第三方的合法权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:11.3 乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的义务全部或部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，依据招标文件、投标文件及有关法律法规执行，或由双方另行签订补充协议。
P:15.2 本合同一式六份，甲乙双方各执两份，政府采购监督管理部门和采购代理机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：衡州市人民政府国有资产监督管理委员会　　法定代表人或授权代表：________
P:乙方（盖章）：江淮云数信息技术股份有限公司　　法定代表人或授权代表：________
P:签订日期：2025年6月　日　　签订地点：衡州市
"""

SRC["h380z02"] = """T:压榨车间控制系统改造合同
P:合同编号：GNTY-ZJ-2025-031
P:甲方：桂南糖业股份有限公司（以下简称"甲方"）
P:乙方：南宁智控自动化工程有限公司（以下简称"乙方"）
P:甲方压榨车间现有控制系统投运时间较长，主要部件已停产、备件难以采购。为保障榨季安全稳定生产，甲方经比选确定由乙方实施压榨车间控制系统改造。双方根据《中华人民共和国民法典》等有关规定，订立本合同。
H:一、项目内容
P:（一）改造范围：撕裂机、压榨机组、渗透水系统及混合汁系统的集散控制（DCS）改造，压榨机组变频调速，现场仪表更换，中控室操作员站及工程师站建设。
P:（二）乙方负责设计、供货、安装、组态、调试、培训及技术资料移交，并配合甲方完成开榨前的联动试车。
P:（三）工期：乙方应在甲方停榨检修期内完成改造，并于2025年10月31日前具备开榨条件。
H:二、合同价款
P:（一）合同总价为人民币贰佰肆拾柒万元整（¥2,470,000），含设备、软件、运输、安装、调试、培训及税费。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制站及I/O模件|3套|1,260,000
TB:2|操作员站及工程师站|6台|186,000
TB:3|现场仪表及变频器|1批|548,000
TB:4|组态及监控软件许可（永久）|1套|214,000
TB:|软硬件小计||2,208,000
TB:5|安装调试|1项|236,000
TB:6|操作及维护培训|1项|26,000
TB:|合同总价||2,470,000
P:（二）上表中软硬件小计为¥2,208,000，作为本合同第六条维保费的计算基数。
H:三、付款方式
P:（一）预付款：合同生效后10个工作日内，甲方支付合同总价的20%，即¥494,000。
P:（二）到货款：设备全部到货并经双方签收后，甲方支付合同总价的45%，即¥1,111,500。到货签收仅确认品牌、型号和数量，不代表质量验收。
P:（三）验收款：最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥864,500。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、验收
P:（一）乙方完成单体调试和联动调试后，应进行带料试运行。试运行连续72小时未发生一级故障，主要控制回路全部投入自动运行，历史数据记录间隔不大于1秒，与甲方能源管理系统的数据接口经核对一致，方可申请验收。
P:（二）开榨后系统稳定运行满30日，由甲方组织生产、设备、信息部门按本合同及技术协议进行最终验收，并签署书面验收报告。
P:（三）设备安装完成、系统投入使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起算。质保期内，乙方免费修复缺陷、更换损坏部件，榨季期间每月到现场巡检一次。
P:（二）故障响应：一级故障（压榨机组停机或控制失灵）1小时内响应，榨季期间3小时内到达现场；二级故障8小时内响应，24小时内到达现场；三级故障2个工作日内处理。
P:（三）乙方响应或到场每超时1小时，向甲方支付¥1,500，甲方可从应付款中扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可委托乙方提供年度维保服务，包括榨季驻场值守、备件更换、软件升级及系统优化。年度维保费为软硬件小计的28%，即每年¥618,240，三个维保年度内固定不变。
P:（二）维保服务按年度另行签订书面合同，不自动续期。
H:七、数据与网络安全
P:（一）控制系统产生的生产数据、工艺参数、运行记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方应按工业控制系统信息安全防护要求部署边界隔离和主机加固措施；远程维护须经甲方逐次审批，并通过甲方指定的安全通道进行，全程留存日志。
P:（三）发生网络安全事件或数据泄露的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:八、保密
P:乙方对履约过程中获知的甲方工艺参数、生产数据、经营信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:九、知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、监控画面及技术文档，其知识产权归甲方所有，甲方可自行修改和使用。
P:（二）组态及监控软件的著作权仍归原厂商所有，甲方享有永久使用许可。
H:十、违约责任
P:（一）乙方逾期完成改造或逾期具备开榨条件的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但乙方故意或重大过失造成的损失不受此限。
P:（三）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:十一、分包
P:乙方如需将电缆敷设、桥架安装等辅助工程交由第三方完成，须事先取得甲方书面同意，并对分包部分的质量和安全承担全部责任。未经甲方书面同意，乙方不得分包。
H:十一之一、双方责任
P:（一）甲方负责提供施工用电、用水和设备临时存放场地，协调压榨车间停机时间，指定项目联系人，并在乙方提交设计文件后5个工作日内完成确认。
P:（二）乙方应成立项目组，指定具有自动化工程经验的项目经理常驻现场。项目经理未经甲方同意不得更换。乙方施工人员应遵守甲方安全生产、动火作业及有限空间作业管理制度，进入现场前接受甲方安全培训。
P:（三）乙方应在施工前提交详细设计、施工组织方案及停机切换方案，经甲方确认后实施。切换过程中乙方应保留原系统的关键联锁，确保压榨机组和蒸汽系统安全。
P:（四）乙方应在最终验收前向甲方移交竣工图纸、组态程序备份、I/O点表、仪表校验记录、设备合格证及操作维护手册各三套，并提供电子版。
P:（五）乙方应为其现场人员办理工伤保险和意外伤害保险。因乙方人员违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:十一之二、不可抗力
P:因地震、台风、洪水等不可抗力导致一方不能履行合同的，该方应在事件发生后3日内通知对方，并在15日内提供证明。受影响的义务相应顺延，双方应协商减轻损失的措施。
H:十一之三、培训
P:（一）乙方应在开榨前为甲方中控室操作员、仪表工和电气工程师提供分层次培训，内容包括系统操作、常见故障处理、组态修改、备件更换及安全注意事项，培训总课时不少于40课时。
P:（二）培训结束后由乙方组织考核，考核合格的学员由乙方出具培训证明。考核不合格的，乙方应免费补训。
P:（三）乙方应在榨季开始后第一个月内派工程师驻厂跟班，协助甲方操作人员熟悉新系统，跟班期间发现的操作问题应形成问题清单并逐项答复。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交南宁仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。技术协议及设备清单为本合同附件。
P:甲方（盖章）：桂南糖业股份有限公司　　授权代表：________
P:乙方（盖章）：南宁智控自动化工程有限公司　　授权代表：________
P:签订日期：2025年5月　日
"""

SRC["h380z03"] = """悦嘉家政派单及会员管理SaaS服务合同

合同编号：YJ-IT-2025-009

甲方：上海悦嘉家政服务连锁有限公司
地址：上海市闵行区虹莘路某号
乙方：杭州云邻软件科技有限公司
地址：杭州市余杭区文一西路某号

鉴于甲方在上海及苏州共经营30家直营门店，需要统一的派单调度、家政员档案、会员储值及客户评价系统；乙方拥有"云邻家服"SaaS平台并提供实施服务。双方经友好协商，就甲方订阅该平台及相关实施服务达成如下协议。

第一条 服务内容
（1）乙方向甲方提供"云邻家服"SaaS平台的订阅服务，包括派单调度、家政员档案及排班、会员管理、储值卡、客户评价、门店经营报表等功能模块，账号数不限于30家门店的店长及调度员。
（2）乙方提供实施服务：需求调研、门店流程配置、历史会员及储值数据迁移、与甲方财务系统的对接、门店人员培训及上线支持。
（3）服务期为三个服务年度，自平台上线验收合格之日起算。

第二条 服务费用
（1）订阅费每个服务年度人民币186,000元，三个服务年度合计558,000元。
（2）实施费为一次性费用，人民币128,000元。
（3）本合同总价为人民币686,000元（含增值税），在服务期内不作调整。

第三条 付款方式
（1）合同签订后10个工作日内，甲方向乙方支付实施费128,000元及首个服务年度订阅费186,000元，合计314,000元。
（2）第二、第三服务年度的订阅费，甲方于该服务年度开始前15日内支付。
（3）乙方应在每次收款前开具合规的增值税专用发票。

第四条 实施与上线验收
（1）乙方应在合同签订后60日内完成全部30家门店的配置、数据迁移与培训，并提交上线验收申请。
（2）上线验收标准：派单、改派、排班、结算全流程在试点门店连续运行10日无一级故障；历史会员数据和储值余额迁移后逐户核对无差异；财务对接的日结数据与门店收款一致；店长及调度员培训考核合格。
（3）甲方在收到申请后7个工作日内组织验收并出具书面意见。平台开通或甲方试用不视为验收合格。

第五条 迟延责任
乙方未能在第四条（1）约定期限内完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，但因甲方原因造成的延误除外。

第六条 服务水平
（1）平台月可用率不低于99.5%（经甲方同意的计划内维护除外）。
（2）故障分级：一级故障指平台无法登录、派单或收款中断；二级故障指部分功能异常但有替代方式；三级故障指一般咨询及体验问题。
（3）一级故障30分钟内响应、2小时内恢复；二级故障2小时内响应、1个工作日内解决；三级故障1个工作日内答复。
（4）月可用率低于99.5%但不低于99%的，乙方减免当月订阅费的5%；低于99%的，减免当月订阅费的10%。一级故障恢复每超时1小时，乙方另行减免500元。

第七条 数据安全
（1）乙方应按网络安全等级保护第三级要求运营平台，对会员手机号、住址、身份证号等个人信息加密存储，对后台访问实施权限分级与操作审计。
（2）平台数据存储于中国境内的数据中心，不得向境外传输。
（3）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，由乙方承担全部赔偿责任。

第八条 数据权属
（1）甲方在平台中录入或产生的会员、订单、家政员及经营数据归甲方所有。
（2）服务期满或合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除。
（3）乙方可将甲方数据经脱敏、汇总处理后用于平台产品改进及家政行业分析报告，且该项使用不受服务期限制。

第九条 保密
双方对在合作中知悉的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

第十条 知识产权
（1）平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方专门配置的流程模板、报表及财务对接程序，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

第十一条 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

第十二条 转委托
乙方不得将本合同项下的实施或运营工作转委托给第三方，经甲方事先书面同意的除外。

第十三条 合同解除
（1）乙方严重违约，且在甲方书面通知后15日内未能纠正的，甲方有权解除本合同，乙方应退还未履行服务年度的订阅费。
（2）连续两个月可用率低于99%的，甲方有权解除本合同。

第十四条 期满
服务期届满，本合同自然终止。双方如需续约，应另行签订书面合同。

第十四条之一 双方协作
（1）甲方应指定项目负责人，组织门店提供会员、储值、家政员档案等历史数据，并在乙方提交配置方案后5个工作日内确认。
（2）乙方应指定实施经理和客户成功经理，实施期间每周提交进度报告，服务期内每季度与甲方召开一次运营回顾会，通报可用率、故障处理和需求排期情况。
（3）甲方在服务期内提出的新增功能需求，乙方应在10个工作日内评估并报价；双方书面确认后方可实施，未经确认的需求不产生费用。
（4）乙方进行平台版本升级的，应提前7日通知甲方，升级不得降低本合同约定的功能和服务水平。
（5）乙方应提供7×24小时客服热线及在线工单系统，门店人员可直接报障。

第十四条之二 不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方并提供证明，受影响的义务相应中止。不可抗力持续超过60日的，任何一方可书面通知解除本合同，乙方应退还未履行期间的订阅费。

第十四条之三 通知
本合同项下的通知以书面形式送达首页所列地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应提前3日书面通知对方。

第十四条之四 门店推广与培训
（1）乙方应为30家门店的店长和调度员提供分批集中培训及线上课程，培训内容包括派单规则、改派与投诉处理、会员储值、退款、报表查询等。
（2）乙方应为甲方总部运营人员提供管理员培训，使其能够自行维护门店、服务项目、价格和优惠活动等基础配置。
（3）新门店开业时，乙方应在接到甲方通知后5个工作日内完成该门店的开通和培训，不另行收费。

第十四条之五 廉洁条款
双方应遵守国家有关反商业贿赂的规定。乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；一经查实，甲方有权要求乙方整改，并视情节追究其违约责任。双方均应配合对方开展合规检查，如实提供与本合同履行相关的资料。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十六条 其他
（1）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（2）本合同附件包括：功能清单、实施计划、数据迁移方案。

甲方（盖章）：上海悦嘉家政服务连锁有限公司　　授权代表：
乙方（盖章）：杭州云邻软件科技有限公司　　授权代表：
签订日期：2025年4月　日
"""

SRC["h380z04"] = """政府采购合同
供热管网监控系统运维服务项目

采购项目编号：MDJ-ZFCG-2025-C-0288（竞争性磋商）
合同编号：HNRL-YW-2025-07

甲方（采购人）：牡丹江恒暖热力有限公司
乙方（成交供应商）：哈尔滨北辰智能运维服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就供热管网监控系统运维服务事项订立本合同。

1. 服务范围
1.1 本合同运维对象为甲方供热管网监控系统，包括调度中心监控平台软件、126个换热站及管网监测点的远程终端（RTU）、温度压力流量仪表、光纤及无线通信链路。
1.2 服务内容包括：驻场运维、站点巡检维护、平台软件维护、备品备件供应、采暖季保障及应急抢修。
1.3 服务期为一个服务年度，自2025年9月1日起至2026年8月31日止，其中2025年10月15日至2026年4月15日为采暖季。

2. 服务费用
2.1 本合同总价为人民币662,000元，为固定总价，包含人工、交通、工具、备件及税费。分项如下：
驻场运维（采暖季3人，非采暖季1人）：336,000元；
站点巡检维护（126个站点）：198,000元；
平台软件维护：86,000元；
备品备件：42,000元。
2.2 合同履行期间服务费不作调整。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度结算。每季度结束后，甲方按第6条考核结果，于15个工作日内支付该季度服务费扣除考核扣款后的余额。
3.3 第四季度服务费在年度验收合格后支付。

4. 进场与健康检查
4.1 乙方应于服务期开始之日起7日内完成人员进场，并在进场后20日内完成系统全面健康检查，提交检查报告及整改建议。
4.2 乙方未按4.1约定完成进场或健康检查的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

5. 服务要求
5.1 驻场人员实行7×24小时值守，采暖季期间调度中心每班不少于2人。
5.2 站点巡检：采暖季每月巡检一次，非采暖季每季度巡检一次，巡检记录当日上传甲方运维平台。
5.3 故障分级：一级故障指调度中心监控平台中断，或主干管网监测数据中断；二级故障指单个换热站数据中断或控制失效；三级故障指一般性故障。
5.4 一级故障30分钟内响应，2小时内到达现场，6小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障24小时内处理完毕。

6. 考核与扣款
6.1 甲方每季度按本合同附件《运维考核细则》对乙方进行考核。
6.2 一级故障响应、到场或恢复每超时1小时，扣减服务费800元；二级故障每超时1小时，扣减300元；漏检一个站点扣减500元。
6.3 季度扣款累计不超过当季度服务费的20%。

7. 年度验收
7.1 服务期满前15日内，乙方提交年度运维总结、故障处理台账、备件使用清单及系统健康状况报告。
7.2 甲方按以下标准组织年度验收：全年未发生因乙方原因导致的供热调度事故；各季度考核均已完成；备件库存与清单一致；运维文档齐全。
7.3 甲方出具书面验收意见。验收不合格的，乙方应在15日内整改。

8. 数据安全
8.1 监控系统中的管网运行数据、用户换热站数据及运维记录均属于甲方所有，乙方仅可为履行本合同使用。
8.2 乙方应遵守甲方网络安全管理制度，运维人员实名登记，使用甲方指定的运维终端和堡垒机操作，禁止私自接入外部网络或移动存储介质。
8.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

9. 运维成果
乙方在服务期内形成的运维文档、配置清单、脚本及巡检记录归甲方所有，甲方可自由使用、修改或交由后续服务商使用。

10. 合同履行
10.1 本合同履行期间，除不可抗力外，甲乙双方均不得单方解除本合同。
10.2 乙方未达到服务要求的，甲方按第6条扣减服务费并要求乙方限期整改，但不得以此为由解除本合同。
10.3 服务期届满，本合同自然终止，不自动续期。

11. 分包
乙方不得将本合同项下的服务分包或转包给第三方。

12. 违约责任
12.1 乙方因服务缺陷给甲方造成损失的，应予赔偿。
12.2 甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。

12A. 人员与管理
12A.1 乙方应指定项目负责人一名，具备热网自控系统运维经验，负责与甲方调度中心日常对接。驻场人员名单报甲方备案，未经甲方同意不得更换；确需更换的，新人员资质不得低于原人员。
12A.2 驻场人员应遵守甲方调度中心值班、交接班及安全生产制度，着装整齐、持证上岗，进入换热站作业时应两人同行并做好安全防护。
12A.3 乙方应建立运维台账，如实记录每次巡检、故障处理及备件更换情况，每月5日前向甲方提交上月运维月报。
12A.4 采暖季开始前，乙方应完成全部站点的通信测试、仪表校验和应急演练，并提交采暖季保障方案，经甲方确认后执行。
12A.5 遇寒潮、暴雪等极端天气，乙方应按甲方要求增派人员，增派人员费用已包含在合同总价中。

12B. 不可抗力
因不可抗力导致一方不能履行本合同的，该方应在3日内通知对方并提供证明，受影响的义务相应顺延。双方应采取合理措施减少损失。

12C. 通知
本合同项下的通知以书面形式送达双方在本合同首页载明的地址，或发送至双方指定的电子邮箱，送达之日视为通知日。

12D. 备品备件
12D.1 乙方应按附件所列清单储备RTU模块、通信模块、压力变送器、温度传感器等常用备件，存放于甲方指定库房，采暖季开始前由双方共同盘点。
12D.2 备件使用后乙方应在10日内补足，使用记录纳入运维月报。服务期满时，剩余备件归甲方所有。
12D.3 乙方更换的备件应为原厂或经甲方认可的同等品牌，并提供合格证明。

12E. 服务交接
服务期满或本合同终止时，乙方应在15日内向甲方或甲方指定的后续服务商移交全部运维文档、账号口令、配置备份及未结问题清单，并配合完成现场交接。

12F. 廉洁要求
乙方及其人员不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益，不得以任何形式干预甲方考核。一经查实，甲方有权按《运维考核细则》扣减服务费，并将相关情况报告政府采购监督管理部门。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议协商不成的，提交牡丹江仲裁委员会仲裁。

14. 其他
14.1 磋商文件、响应文件、成交通知书及《运维考核细则》为本合同组成部分。
14.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：牡丹江恒暖热力有限公司　　法定代表人或授权代表：
乙方（盖章）：哈尔滨北辰智能运维服务有限公司　　法定代表人或授权代表：
签订日期：2025年8月　日
"""

SRC["h380z05"] = """# 麦思MES软件许可及实施服务合同

（乙方标准合同文本 MS-MES-V4.0）

合同编号：MS-2025-NB-0216

- 甲方（用户）：宁波甬圆食品有限公司
- 乙方（供应商）：苏州麦思智造软件有限公司

甲方为汤圆、速冻点心生产企业，拟在其两个生产车间部署制造执行系统。甲方同意采购乙方"麦思MES"标准产品许可，并委托乙方在乙方产品基础上进行定制开发和实施。双方经协商，依据本文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供"麦思MES"食品行业版软件许可，包括生产计划、配料称量、工单报工、质量检验、批次追溯、仓储管理模块，许可点数为80个并发用户。

1.2 乙方根据甲方需求进行定制开发，包括速冻隧道温度曲线采集、馅料配方管理、原料到成品的正反向追溯报表及与甲方财务软件的接口。

1.3 乙方负责系统部署、基础数据导入及用户培训。

## 第二条 合同价款

2.1 合同总价为人民币壹佰贰拾伍万元整（¥1,250,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 麦思MES食品行业版软件许可（80并发用户） | 480,000 |
| 2 | 定制开发（温度采集、配方管理、追溯报表、财务接口） | 620,000 |
| 3 | 部署实施及培训 | 150,000 |
| | 合计 | 1,250,000 |

2.2 车间数据采集终端、服务器及网络设备由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥812,500。

3.2 系统安装部署完成后10个工作日内，甲方支付剩余的35%，即¥437,500。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施

4.1 乙方按双方确认的实施计划开展工作，计划工期为合同签订后90日。

4.2 乙方将根据项目实际情况合理安排进度，因需求变更或甲方配合不及时导致的延误，工期相应顺延。

## 第五条 验收

5.1 系统在甲方服务器上安装部署完成，即视为甲方验收合格。

5.2 甲方在系统部署后使用任何功能的，视为对系统的认可。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统安装部署完成之日起算。免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 一级故障（系统无法登录或工单无法报工）乙方在10小时内响应；其他故障在2个工作日内响应。

6.3 乙方对响应时间的承诺仅为服务目标，未达到的，乙方不承担任何扣款、赔偿或违约金责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方应按年度购买乙方维护服务，年度维护费为软件许可费的20%，即每年¥96,000。

7.2 维护服务内容包括远程支持、缺陷修复及标准版本升级，不含新增定制开发。

## 第八条 知识产权

8.1 "麦思MES"产品及其全部模块的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能、报表、接口程序及其源代码的知识产权亦归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据

9.1 甲方的生产、配方、质量数据归甲方所有。

9.2 乙方应采取访问控制、数据加密、操作日志等措施保障甲方数据安全；因乙方原因导致甲方数据泄露的，乙方应在24小时内告知甲方，并承担相应赔偿责任。

9.3 甲方同意乙方可将甲方数据经脱敏处理后用于乙方产品改进、行业模型训练及案例展示。

## 第十条 保密

双方对本合同内容及在履约过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

## 第十一条 实施合作方

乙方可根据项目需要将部分实施、培训工作委托给乙方的合作伙伴完成，但应事先通知甲方。乙方对合作伙伴的工作承担管理责任。

## 第十二条 责任限制

12.1 任何情况下，乙方在本合同项下的累计赔偿责任不超过合同总价的百分之二十。

12.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

## 第十三条 违约与解除

13.1 任何一方违反本合同约定，应承担相应的违约责任。

13.2 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条之一 甲方义务

13A.1 甲方应为乙方实施人员提供必要的办公场所、网络环境及服务器运行环境，并按乙方要求准备物料编码、配方、工艺路线、质检标准等基础数据。

13A.2 甲方应指定项目联系人，及时确认乙方提交的需求说明书、设计文档及测试报告。甲方未在乙方要求的期限内确认的，视为确认。

13A.3 甲方应自行负责服务器、数据库及网络设备的采购、安装和日常管理，并定期备份系统数据。因甲方环境原因导致系统异常的，乙方不承担责任。

## 第十三条之二 需求变更

13B.1 需求说明书经甲方确认后，甲方提出的任何新增或变更需求，均按乙方人天单价另行计费，工期相应顺延。

13B.2 乙方标准产品的后续版本功能以乙方发布说明为准，乙方有权调整产品功能，但不影响甲方已许可的版本正常使用。

## 第十三条之三 不可抗力

因不可抗力、政府行为、网络运营商故障、第三方软件缺陷等乙方无法控制的原因导致乙方不能履行或延迟履行本合同的，乙方不承担责任。

## 第十三条之四 通知

本合同项下的通知可通过电子邮件、即时通讯工具或乙方客户服务平台发送，发送即视为送达。

## 第十三条之五 培训

13E.1 乙方为甲方提供一次集中培训，培训对象为甲方系统管理员及关键用户，培训人数不超过20人。超出人数或增加培训场次的，按乙方报价另行收费。

13E.2 乙方提供标准版用户手册电子版。定制功能的操作说明由乙方在系统部署完成后提供。

## 第十三条之六 其他约定

13F.1 甲方同意乙方在其宣传材料、官方网站及客户名单中使用甲方名称和标识。

13F.2 甲方在本合同履行期间及终止后两年内，不得直接聘用参与本项目的乙方人员。

13F.3 乙方提供的系统安装包、许可文件及技术资料，甲方应妥善保管，不得提供给乙方竞争对手。甲方如需迁移服务器，应提前通知乙方重新生成许可文件，乙方可按标准收取迁移服务费。

## 第十四条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，未经乙方书面确认的手写修改无效。

甲方（盖章）：宁波甬圆食品有限公司　　授权代表：

乙方（盖章）：苏州麦思智造软件有限公司　　授权代表：

签订日期：2025年3月　日
"""

SRC["h380e01"] = """T:Software Licence and Services Agreement
P:Agreement No. QZ-SC-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Quanzhou Shihe Stone Carving Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hui'an County, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) ReliefForm Technologies Ltd., a company incorporated in the State of Israel with its registered office at Matam Park, Haifa, Israel (the "Vendor").
P:Background: The Buyer carves architectural reliefs, memorial panels and garden sculpture in granite and marble. It wishes to replace hand-drawn templates with three-dimensional relief design software that drives its CNC carving routers. The Vendor develops and licenses the ReliefForm design suite and has offered perpetual licences, a CAM module and related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ReliefForm Studio design application and the ReliefForm CAM toolpath module in the versions current at delivery, including the updates supplied under this Agreement.
P:1.2 "Custom Post-Processor" means the machine-specific post-processor and tool library that the Vendor will write for the Buyer's four CNC carving routers, together with its source code and documentation.
P:1.3 "Buyer Data" means all design files, scanned models, photographs, customer drawings and production records that the Buyer creates, imports or stores using the Software.
P:1.4 "Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor shall deliver the Software, install it on the Buyer's workstations in Hui'an, configure it, develop and install the Custom Post-Processor, and train the Buyer's designers and machine operators.
P:2.2 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software on the number of seats set out in Article 3, for the Buyer's own business at any of its sites in the People's Republic of China. The licence survives the expiry or termination of this Agreement except where the Buyer fails to pay the licence fees.
H:Article 3 Price
P:3.1 At the Buyer's request, all prices are stated and payable in Chinese Renminbi (CNY). The prices are fixed and include all taxes, travel and expenses of the Vendor. The Contract Price is CNY 670,000, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ReliefForm Studio, perpetual seat licence|6|68,500|411,000
TB:2|ReliefForm CAM module, perpetual seat licence|3|42,000|126,000
TB:|Licence subtotal|||537,000
TB:3|Installation and configuration|1 lot|48,000|48,000
TB:4|Custom Post-Processor for four routers|1 lot|59,000|59,000
TB:5|Training (designers and operators)|1 lot|26,000|26,000
TB:|Contract Price|||670,000
P:3.2 The Licence subtotal of CNY 537,000 is the basis for the maintenance fee in Article 7.
H:Article 4 Payment
P:4.1 The Buyer shall pay twenty per cent of the Contract Price (CNY 134,000) within twenty days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay forty-five per cent of the Contract Price (CNY 301,500) after the Software has been installed on all workstations and the Custom Post-Processor has been loaded on all routers, as confirmed by an installation note. The installation note is not Acceptance.
P:4.3 The Buyer shall pay the balance of thirty-five per cent (CNY 234,500) within twenty days after Acceptance.
P:4.4 Payments shall be made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and training within seventy-five days after signature.
P:5.2 Acceptance tests shall be carried out at the Buyer's workshop and include: (a) design of three sample reliefs from the Buyer's own drawings, each within the depth tolerance of 0.2 mm stated in the technical annex; (b) toolpath generation and carving of each sample on each router without manual correction of the code; (c) import of the Buyer's existing scanned models without loss of geometry; and (d) completion of training by at least eight designers and six operators.
P:5.3 When the tests are passed, the Buyer shall sign an acceptance certificate within seven days. Installation, use of the Software in production or payment of any instalment is not Acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support Levels
P:6.1 The Vendor warrants that the Software and the Custom Post-Processor will perform in accordance with their documentation for a warranty period of three (3) months from Acceptance. During the warranty period the Vendor shall correct defects free of charge.
P:6.2 Faults are classified as Severity 1 (the Software or a router post-processor cannot be used at all), Severity 2 (a function fails but a workaround exists) and Severity 3 (other questions). The Vendor shall respond to a Severity 1 fault within two hours during the Buyer's working days, to a Severity 2 fault within one working day and to a Severity 3 fault within three working days.
P:6.3 For each full hour by which a Severity 1 response is late, the Vendor shall credit the Buyer CNY 600 against the next invoice or pay that amount on demand.
H:Article 7 Maintenance after the Warranty
P:7.1 After the warranty period the Buyer may order annual maintenance, which includes new versions, defect correction and remote support at the levels in Article 6. The annual maintenance fee is twelve per cent of the Licence subtotal, that is CNY 64,440 per year, and is fixed for the first three maintenance years.
P:7.2 Maintenance is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Post-Processor, the tool library, the design templates prepared for the Buyer and all related documentation belong to the Buyer. The Vendor shall deliver the source code of the Custom Post-Processor at Acceptance, and the Buyer may use, modify and license it to any third party without further payment.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software infringes a third party's intellectual property rights.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to provide support under this Agreement and shall not keep, copy or use it for any other purpose.
P:9.2 Remote support sessions require the Buyer's approval for each session, are made through the Buyer's remote-access tool and are recorded. The Vendor shall not transfer Buyer Data out of the Buyer's systems and shall use encrypted connections only.
P:9.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to Buyer Data in its control, shall help the Buyer to contain it and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's designs and customer drawings, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation, configuration and training within the period in Article 5.1, it shall pay delay damages of 0.1 per cent of the Contract Price for each day of delay, up to a maximum of ten per cent of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to one hundred and fifty per cent of the Contract Price, except for liability under Articles 8.3 and 9, personal injury and wilful misconduct, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor may engage subcontractors, including its regional reseller in Xiamen, to perform installation, training or support, by giving the Buyer written notice of the subcontractor's name before it starts work. The Vendor remains responsible for the work of its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after the Buyer's notice, or if delay damages reach their maximum. On such termination the Vendor shall refund the amounts paid for the parts not accepted.
P:13.2 Either party may terminate if the other becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.
H:Article 14A Force Majeure
P:14A.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as earthquake, typhoon, flood, epidemic measures or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended by the period of the event.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions have equal effect. Notices shall be given in writing to the addresses above.
P:15.2 The technical annex and the training plan form part of this Agreement.
P:For the Buyer: Quanzhou Shihe Stone Carving Workshop Co., Ltd.  Name: ____________  Signature: ____________
P:For the Vendor: ReliefForm Technologies Ltd.  Name: ____________  Signature: ____________
"""

SRC["h380e02"] = """# TICKETRA ORDER FORM AND GENERAL TERMS

Order Form No. TK-CN-2025-0072

## PART A - ORDER FORM

**Provider:** Ticketra SRL, a limited liability company registered in the Republic of Moldova, with its office at Strada Independentei, Balti, Republic of Moldova ("Ticketra").

**Customer:** Xinjiang Kanas Lakeside Scenic Area Operation Co., Ltd., a company registered in the People's Republic of China, Burqin County, Altay Prefecture, Xinjiang ("Customer").

**Service:** Ticketra Cloud, an online ticketing, gate-control and visitor-flow service for scenic areas, including online sales through the Customer's WeChat mini-program, real-name ticket verification at 14 entrance gates, shuttle-bus seat booking, daily capacity control and sales reporting.

**A1. Subscription Term.** The Subscription Term starts on the Go-Live Date and runs for three Subscription Years. A "Subscription Year" is each successive period starting on the Go-Live Date or on its anniversary.

**A2. Fees.** At the Customer's request, all fees are stated and invoiced in Chinese Renminbi (CNY) and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Ticketra Cloud subscription, scenic-area edition | per Subscription Year, CNY 248,000 x 3 | 744,000 |
| Set-up: configuration, gate integration, data import, training | one-time | 62,000 |
| **Total Fees for the Subscription Term** | | **806,000** |
| Ticket volume above 1,800,000 tickets in a Subscription Year | CNY 0.06 per ticket | usage-based |

**A3. Invoicing.** The set-up fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears. No amount is payable before the Go-Live Date. Invoices are payable within thirty days.

**A4. Go-Live.** Ticketra shall make the Service ready for Go-Live Acceptance by 20 April 2026, before the summer season. If Ticketra misses that date for reasons within its control, it shall pay the Customer CNY 650 for each day of delay until the Service is ready for Go-Live Acceptance.

**A5. Go-Live Acceptance.** The Customer shall test the Service against the acceptance plan attached to this Order Form, including: online sales and refunds through the mini-program; real-name verification at every gate with a response below one second; correct daily capacity limits; reconciliation of one week of test sales with the payment provider's statements; and completion of staff training. The Customer shall sign a Go-Live Acceptance certificate when the tests are passed. Use of the Service to sell tickets before the certificate is signed is not acceptance.

**A6. Renewal.** After the Subscription Term this Order Form renews automatically for further Subscription Years unless either party gives notice of non-renewal at least sixty days before the end of the current Subscription Year. Ticketra may increase the subscription fee for any renewal Subscription Year by up to eight per cent by notice given forty-five days before the renewal.

**A7. Order of precedence.** This Order Form and the General Terms in Part B form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

## PART B - GENERAL TERMS

### 1. The Service

1.1 Ticketra shall provide the Service in accordance with the documentation and this Agreement, with the skill and care of a competent provider of ticketing systems.

1.2 The Service is hosted on a public-cloud region in mainland China operated by a hosting provider named in the Data Annex. Ticketra shall not move the hosting of the Service to another provider or outside mainland China without the Customer's prior written consent.

### 2. Service Levels

2.1 Availability. The Service shall be available at least 99.95% of each calendar month, measured at the gate-verification and sales interfaces, excluding maintenance windows agreed with the Customer in writing.

2.2 Incidents. Priority 1 means that ticket sales or gate verification is unavailable at one or more entrances. Priority 2 means a major function is degraded. Priority 3 means any other fault. Ticketra shall respond to Priority 1 incidents within thirty minutes at any time, to Priority 2 incidents within two hours and to Priority 3 incidents within one business day. For Priority 1 incidents Ticketra shall provide a workaround within two hours.

2.3 Service credits. If monthly availability is below the level in 2.1, Ticketra shall credit the Customer ten per cent of the subscription fee attributable to that month for each started 0.1 percentage point of shortfall, up to fifty per cent of that month's fee. Each late Priority 1 response entitles the Customer to a credit of CNY 1,000. Credits are deducted from the next invoice or, after the end of the Agreement, paid in cash.

### 3. Customer Data

3.1 Customer Data means visitor identity data, ticket, sales and gate records and any other data that the Customer or its visitors enter into the Service. Customer Data belongs to the Customer. Ticketra shall process it only on the Customer's instructions and only to provide the Service.

3.2 Ticketra shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, log every access and meet the requirements of level 3 of the Multi-Level Protection Scheme.

3.3 Ticketra shall notify the Customer within twelve hours after becoming aware of any security incident affecting Customer Data, cooperate with the Customer and the authorities, and bear the costs and losses caused by any incident for which it is responsible.

3.4 At the end of the Agreement Ticketra shall return all Customer Data in a standard format within thirty days and then delete it.

### 4. Intellectual Property

4.1 Ticketra keeps all rights in the Service and its software.

4.2 The configurations, gate rules, report templates and interface mappings prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

### 5. Confidentiality

Each party shall keep confidential any non-public information received from the other party and use it only for this Agreement, during the Agreement and for three years after it ends.

### 6. Subcontracting

Apart from the hosting provider named in the Data Annex, Ticketra shall not subcontract any part of the Service without the Customer's prior written consent, and remains responsible for any approved subcontractor.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Ticketra's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

7.3 Nothing in this Agreement limits liability for fraud, death or personal injury.

### 8. Term and Termination

8.1 The Agreement continues for the Subscription Term and any renewal under A6.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it. The Customer may also terminate if a Priority 1 incident remains unresolved for more than twelve hours on two occasions in the same Subscription Year.

8.3 On termination for Ticketra's breach Ticketra shall refund any fees paid for the period after termination.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the Republic of Moldova.

9.2 Any dispute shall be finally settled by the Court of International Commercial Arbitration at the Chamber of Commerce and Industry of the Republic of Moldova, seated in Chisinau, in the English language.

### 9A. Project Management and Cooperation

9A.1 Each party shall name a project manager for the set-up phase. The project managers shall meet by video call every week until Go-Live Acceptance and keep a shared list of open issues, decisions and risks.

9A.2 The Customer shall provide the gate hardware, network connections at the entrances, access to its WeChat mini-program account and the test data needed for the acceptance plan. Ticketra shall tell the Customer in writing, as early as possible, if any Customer task is late and would affect the Go-Live date.

9A.3 Ticketra shall train up to forty of the Customer's ticket-office, gate and finance staff before Go-Live, on site in Burqin, and shall provide Chinese-language user guides and short training videos.

9A.4 During the peak season from June to October Ticketra shall keep an engineer on call for the Customer and shall not schedule planned maintenance between 07:00 and 21:00 Beijing time.

9A.5 Ticketra shall send the Customer a monthly service report showing availability, incidents, response times, credits due and planned changes.

9A.6 Before the end of the Subscription Term, Ticketra shall help the Customer plan an orderly transition if the Customer decides not to renew, including the export of visitor, ticket and gate data and of the configurations that belong to the Customer under Clause 4.2.

### 9B. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemic measures, war or government action, if it informs the other party promptly and takes reasonable steps to limit the effect. Failures of Ticketra's hosting provider or subcontractors are not force majeure unless they are themselves caused by such an event.

### 10. General

10.1 Notices shall be in writing and sent to the addresses in the Order Form.

10.2 Neither party may assign the Agreement without the other party's written consent.

Signed for Ticketra SRL: ____________________ Date: __________

Signed for Xinjiang Kanas Lakeside Scenic Area Operation Co., Ltd.: ____________________ Date: __________
"""

SRC["h380e03"] = """T:Purchase Contract for Grain Silo Monitoring System
P:Contract No. LHF-2025-SILO-07
P:Buyer: Shandong Laiyang Hongfeng Peanut Farm Co., Ltd., Laiyang, Yantai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Ganja Agro Sensing LLC, a limited liability company registered in the Republic of Azerbaijan, with its office at Ataturk Avenue, Ganja, Azerbaijan (the "Supplier").
P:The Buyer stores shelled and in-shell peanuts in six steel silos and two flat warehouses. Heating, moisture migration and mould in stored peanuts cause quality loss and aflatoxin risk. The Buyer has selected the Supplier to supply and install a temperature, moisture and carbon-dioxide monitoring system for its silos. This Contract is on the Buyer's standard form for equipment purchases.
H:Section 1 Definitions
P:1.1 "System" means the temperature cables, moisture and CO2 sensors, wireless gateways, monitoring software licence and all accessories listed in Section 3, installed and configured at the Buyer's storage site.
P:1.2 "Final Acceptance" means the Buyer's written acceptance under Section 6.3.
P:1.3 "Buyer Data" means all readings, alarms, storage records and reports generated by the System.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall design, supply, deliver to the Buyer's site, install, configure and commission the System, and train the Buyer's storage staff.
P:2.2 The Supplier shall configure alarm thresholds for each silo with the Buyer's storage manager, connect the System to the Buyer's ventilation fans so that fans can be started from the monitoring screen, and provide a mobile application for alarms.
P:2.3 The Supplier shall deliver operation manuals, wiring diagrams, calibration certificates and spare-part lists in Chinese.
H:Section 3 Contract Price
P:3.1 At the Buyer's request all prices are in Chinese Renminbi (CNY). The Contract Price is CNY 622,000, fixed, including delivery to site, import duties, taxes, installation and training. It is made up as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Multi-point temperature cables|48|153,600
TB:2|Moisture and CO2 sensors|24|139,200
TB:3|Wireless gateways and solar power kits|6|75,000
TB:4|Silo monitoring software, perpetual licence|1|168,000
TB:|Equipment and Licence Subtotal||535,800
TB:5|Installation and commissioning|1 lot|74,200
TB:6|Training|1 lot|12,000
TB:|Contract Price||622,000
P:3.2 The Equipment and Licence Subtotal of CNY 535,800 is the basis for the support fee in Section 8.
H:Section 4 Payment
P:4.1 The Buyer shall pay ten per cent of the Contract Price (CNY 62,200) within fifteen days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay fifty-five per cent of the Contract Price (CNY 342,100) after installation at all silos, as confirmed by an installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining thirty-five per cent (CNY 217,700) within twenty days after Final Acceptance.
H:Section 5 Delivery
P:5.1 The Supplier shall deliver all equipment to the Buyer's site within sixty days after signature and complete installation and commissioning within ninety days after signature, before the autumn harvest intake.
P:5.2 If the Supplier fails to meet the completion date in Section 5.1, it shall pay the Buyer delay damages of 0.1 per cent of the Contract Price for each day of delay, up to ten per cent of the Contract Price.
H:Section 6 Acceptance
P:6.1 After commissioning, the System shall run for thirty consecutive days with the silos in use.
P:6.2 Final Acceptance tests are: temperature readings within 0.5 degrees Celsius of a calibrated reference thermometer at ten sample points; moisture readings within the tolerance stated in the technical specification; an alarm on the mobile application within two minutes after a simulated hot spot; fan start and stop from the monitoring screen; and no loss of data from any gateway for more than one hour during the trial run.
P:6.3 When the tests are passed and the documents in Section 2.3 are delivered, the Buyer shall issue a Final Acceptance certificate. Installation, use of the System or payment does not mean acceptance. If a test fails the Supplier shall correct the defect and repeat the test at its own cost.
H:Section 7 Warranty and Support Levels
P:7.1 The Supplier warrants the System for twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including parts, labour, travel and shipping, and recalibrate the sensors once every harvest season.
P:7.2 Severity 1 means that monitoring of a whole silo is lost, or alarms are not sent. The Supplier shall respond to a Severity 1 fault by telephone or remote connection within one hour, and send a technician to site within forty-eight hours if the fault cannot be fixed remotely. The Supplier shall respond to other faults within one working day.
P:7.3 For each hour by which a Severity 1 response is late the Supplier shall pay the Buyer CNY 500, and for each day by which a site visit is late CNY 1,500.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways with its service partner in Qingdao so that replacements can be made within the times above.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order support and recalibration each year at an annual fee of nine per cent of the Equipment and Licence Subtotal (CNY 48,222), which is fixed for three years after the warranty.
P:8.2 Support is ordered by a separate purchase order each year and does not renew automatically.
H:Section 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not sell, disclose or otherwise use it.
P:9.2 The monitoring software runs on the Buyer's server at the farm. Remote access by the Supplier requires the Buyer's approval for each session, uses an encrypted connection and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident involving the System or Buyer Data to the Buyer within twelve hours and is liable for the losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:Section 11 Intellectual Property
P:11.1 The monitoring software remains the property of the Supplier, which grants the Buyer a perpetual licence to use it at the Buyer's sites.
P:11.2 Alarm rules, silo configurations, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and give them to any third party.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and liability under Section 9, which are not limited.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The service partner in Qingdao named in the Supplier's tender is approved on signature of this Contract. The Supplier remains responsible for any subcontractor.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for items not accepted and remove its equipment at its own cost if the Buyer so requests.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
H:Section 15A Site Work and Safety
P:15A.1 The Supplier's staff shall comply with the Buyer's site rules, including rules for work at height on silo roofs, entry into confined spaces, fumigation periods and fire safety. No work inside a silo may start without the Buyer's written work permit.
P:15A.2 The Supplier shall insure its staff against accident and shall carry third-party liability insurance for the duration of the site work.
P:15A.3 The Supplier shall keep the site clean, remove packaging and waste, and repair any damage it causes to the silos, cable trays or buildings.
P:15A.4 The Supplier shall give the Buyer a list of its site staff and their qualifications before work starts. Electricians and staff working at height must hold valid Chinese certificates for that work.
P:15A.5 Work shall be planned with the Buyer's storage manager so that no more than one silo is out of ventilation at any time and no work is done in a silo during fumigation or grain intake.
H:Section 15B Force Majeure
P:15B.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemic measures or government action, if it informs the other party promptly. The time for performance is extended accordingly, and either party may terminate this Contract if the event lasts longer than ninety days.
H:Section 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese, both equally authentic, and takes effect on signature by both parties.
P:16.2 Annexes: technical specification, silo layout and installation drawing, training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["h380e04"] = """# Managed Print Services Agreement

Agreement reference: SMQ-MPS-YW-2025-03

**Between**

Yiwu Starlit Festive Crafts Co., Ltd., a company registered in the People's Republic of China, Futian Street, Yiwu, Zhejiang Province (the "Customer"); and

Samarqand PrintCare MChJ, a limited liability company registered in the Republic of Uzbekistan, Registon Street, Samarkand, Uzbekistan (the "Provider").

**Recitals**

(A) The Customer designs and manufactures Christmas ornaments, glass baubles and festive decorations for export. Its design studio, packing halls and export office print large volumes of labels, carton marks, colour proofs and shipping documents, especially between June and November.

(B) The Provider supplies and manages office and production printers for manufacturers and has a service partner in Yiwu. The Customer wishes to outsource its printing fleet to the Provider on the terms below.

## 1. Definitions

1.1 "Devices" means the printers, multifunction devices and label printers listed in Schedule 2, with their software and accessories.

1.2 "Services" means the supply, installation, maintenance, consumables replacement, monitoring and reporting described in Clause 3.

1.3 "Service Start Date" means the date on which the Customer signs the Rollout Acceptance certificate under Clause 5.

1.4 "Subscription Year" means each successive period starting on the Service Start Date or on its anniversary.

## 2. Term

2.1 This Agreement starts on signature and the Services run for three Subscription Years from the Service Start Date.

2.2 This Agreement does not renew automatically. Any extension requires a written agreement signed by both parties.

## 3. Services

3.1 The Provider shall supply, deliver and install 46 Devices at the Customer's four buildings in Yiwu, connect them to the Customer's network and print-release system, and remove the Customer's old printers.

3.2 The Provider shall maintain the Devices, supply all toner, ink, drums and maintenance kits (excluding paper and label stock), and replace any Device that fails three times in a calendar month.

3.3 The Provider shall monitor the Devices remotely through a monitoring agent installed on a server in the Customer's network, order consumables before they run out, and send the Customer a monthly report on volumes, faults and response times.

3.4 During the peak season from 1 June to 30 November the Provider shall keep one technician on the Customer's site on working days.

## 4. Charges and Payment

4.1 At the Customer's request, all Charges are stated and invoiced in Chinese Renminbi (CNY) and include VAT. The Charges are set out in Schedule 2.

4.2 The total fixed Charges for the three Subscription Years are CNY 792,000, made up of the Monthly Fleet Fee of CNY 21,500 for 36 months (CNY 774,000) and the one-time Rollout Fee of CNY 18,000. Click charges for pages above the included volumes are invoiced according to actual use and are not part of the fixed Charges.

4.3 The Rollout Fee is invoiced after Rollout Acceptance. The Monthly Fleet Fee and any click charges are invoiced monthly in arrears. Nothing is payable in advance. The Customer shall pay correct invoices within thirty days.

4.4 The Charges are fixed for the whole term.

## 5. Rollout and Acceptance

5.1 The Provider shall complete installation of all Devices within forty-five days after signature.

5.2 Rollout Acceptance tests are: every Device prints, copies and scans through the Customer's print-release system with badge authentication; label printers print carton marks from the Customer's ERP without reformatting; colour proofs match the Customer's reference prints; the monitoring agent reports every Device; and the old printers have been removed with their hard disks handed to the Customer.

5.3 When the tests are passed the Customer shall sign a Rollout Acceptance certificate. Installation or use of the Devices is not acceptance.

5.4 If the Provider does not complete installation within the period in Clause 5.1, it shall pay the Customer CNY 500 for each day of delay.

## 6. Service Levels

6.1 Faults are classified and handled according to the priority table in Schedule 1.

6.2 If the Provider misses a response or fix time in Schedule 1, it shall credit the Customer the amount shown in Schedule 1 against the next invoice. Credits in a month are limited to half of that month's Fleet Fee.

6.3 The Provider shall report its performance against Schedule 1 in each monthly report.

## 7. Customer Data and Security

7.1 Print jobs, scanned documents, address books, user accounts and all other data processed by the Devices ("Customer Data") belong to the Customer and may be used by the Provider only to perform this Agreement.

7.2 The Provider shall enable encryption and automatic overwriting of Device hard disks, keep the monitoring agent limited to device status and counters, and access the Customer's network only through the remote-access channel approved by the Customer.

7.3 When a Device is removed or replaced, its hard disk shall be wiped to a recognised standard in the Customer's presence, or left with the Customer.

7.4 The Provider shall notify the Customer within twenty-four hours of any security incident affecting Customer Data and is liable for losses caused by its breach of this Clause.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other, including the Customer's ornament designs, customer lists and prices, and use it only for this Agreement, during the term and for three years after it ends.

## 9. Intellectual Property

Reports, print-release rules and label templates prepared for the Customer belong to the Customer. The Devices and the Provider's monitoring software remain the property of the Provider and its suppliers.

## 10. Subcontracting

The Provider's service partner in Yiwu named in Schedule 2 is approved on signature. Any other subcontractor requires the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## 11. Liability

The Provider's total liability under this Agreement is limited to one hundred and fifty per cent of the total fixed Charges, except for liability under Clause 7, personal injury and wilful misconduct.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.

12.2 On termination the Provider shall remove its Devices within thirty days, after wiping or handing over the hard disks under Clause 7.3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the Republic of Uzbekistan.

13.2 Any dispute that the parties cannot settle by negotiation within thirty days shall be finally resolved by arbitration under the rules of the Tashkent International Arbitration Centre (TIAC), seated in Tashkent, in English.

## 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Notices shall be given in writing to the addresses above, or by e-mail to the contact persons named by each party, and take effect on receipt.

14.3 Neither party is liable for delay caused by events beyond its reasonable control if it informs the other party promptly and takes reasonable steps to limit the effect.

14.4 This Agreement is made in English and Chinese. Both texts have equal effect.

14.5 The Provider shall give the Customer a named account manager, hold a service review with the Customer every quarter and agree any improvement actions in writing. Before each peak season the parties shall review the fleet size and placement and may agree in writing to move Devices between buildings at no charge.

14.6 Each party shall comply with the anti-bribery laws that apply to it.

## Schedule 1 - Priority Table

| Priority | Description | Response | On-site / fix | Credit if missed |
|---|---|---|---|---|
| P1 | All label printers in a packing hall, or the export office printers, are down | 1 hour | technician on site within 3 hours, fixed within 8 hours | CNY 800 per hour late |
| P2 | One Device down, alternative Device available nearby | 2 hours | fixed by the next working day | CNY 300 per day late |
| P3 | Print quality issue or minor fault | next working day | within 3 working days | CNY 100 per day late |
| Consumables | Toner or ink below 10% | automatic order | delivered before empty | CNY 100 per event |

## Schedule 2 - Charges and Fleet

| Item | Quantity | Basis | Amount (CNY) |
|---|---|---|---|
| A3 colour multifunction devices | 14 | Monthly Fleet Fee | included |
| A4 mono printers | 20 | Monthly Fleet Fee | included |
| Industrial label printers | 12 | Monthly Fleet Fee | included |
| Monthly Fleet Fee (46 Devices, consumables, service, included volumes) | 36 months | CNY 21,500 per month | 774,000 |
| Rollout Fee (delivery, installation, integration, removal of old printers) | one-time | fixed | 18,000 |
| Total fixed Charges | | | 792,000 |
| Mono pages above 90,000 per month | per page | CNY 0.03 | usage-based |
| Colour pages above 25,000 per month | per page | CNY 0.22 | usage-based |

Approved service partner: Yiwu Jinhua Office Equipment Service Co., Ltd.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

SRC["h380e05"] = """API SUBSCRIPTION AGREEMENT
CITES PERMIT CHECK SERVICE

Agreement No. ER-DL-2025-11

THIS AGREEMENT is made between:

DALIAN HAIWANG FISHING GEAR TRADE PLATFORM CO., LTD., a company registered in the People's Republic of China, with its office in Ganjingzi District, Dalian, Liaoning Province ("Customer"); and

ERDENET TRADECHECK LLC, a company registered in Mongolia, with its office in Erdenet, Orkhon Province, Mongolia ("Vendor").

BACKGROUND

Customer operates an online export platform through which Chinese manufacturers sell fishing nets, lines, hooks and related gear, together with some fishing-related products made from animal or plant materials (for example shark-fin-free lure skirts, coral-based sinkers and shell ornaments), to buyers abroad. Some of these products may need a permit or certificate under the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES). Vendor operates an application programming interface (API) that checks product descriptions, species names and permit numbers against CITES appendices, national lists and permit registers and returns a risk result. Customer wishes to subscribe to the API for use in its listing and shipment workflow.

1. DEFINITIONS

1.1 "API" means Vendor's CITES permit check application programming interface described in the Schedule, with its documentation and updates.

1.2 "Subscription Year" means each successive period starting on the Service Start Date or on its anniversary.

1.3 "Service Start Date" means the date of Integration Acceptance under Clause 4.

1.4 "Customer Data" means product listings, species names, supplier and buyer names, shipment data, permit numbers and any other data that Customer sends to the API, and the results returned for it.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive right to call the API from Customer's systems during the Subscription Term for Customer's own platform and for the sellers using it.

2.2 The Subscription Term starts on the Service Start Date and runs for two Subscription Years. It then ends unless the parties sign a written renewal.

2.3 Vendor shall provide sandbox access, API keys, technical documentation in English and Chinese, and integration support as described in the Schedule.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY), inclusive of applicable taxes.

3.2 The subscription fee is CNY 96,000 per Subscription Year, CNY 192,000 for the two Subscription Years, covering up to 400,000 API calls in each Subscription Year. The one-time onboarding fee is CNY 14,000. The total fees for the Subscription Term are therefore CNY 206,000. Calls above the included volume are charged per call as stated in the Schedule and are not part of the total fees.

3.3 The onboarding fee is invoiced after Integration Acceptance. Subscription fees are invoiced quarterly in arrears. No payment is due before the Service Start Date.

3.4 Customer shall pay each correct invoice within thirty days of receipt. Fees are fixed for the Subscription Term.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall complete onboarding, including sandbox set-up, mapping of Customer's product categories to the species and commodity codes used by the API, and support for Customer's integration tests, within forty days after signature.

4.2 If Vendor does not complete onboarding within that period for reasons within its control, Vendor shall pay Customer CNY 300 for each day of delay.

4.3 Integration Acceptance tests are: (a) the test set of 500 listings agreed in the Schedule returns the expected result for each listing; (b) permit numbers from the sample permits supplied by Customer are verified correctly; (c) the API returns results within three seconds for single calls; and (d) the category mapping has been delivered and approved by Customer. Customer shall sign an Integration Acceptance certificate when the tests are passed. Use of the sandbox or of the production API before that certificate is not acceptance.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and to update the reference lists promptly after changes to the CITES appendices.

5.2 Vendor will provide support by e-mail and through its online ticket system during its normal business hours and will respond to support requests as soon as reasonably practicable.

5.3 Vendor may carry out maintenance at any time and will try to give advance notice of planned maintenance through its status page.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer.

6.2 Vendor may use Customer Data only to provide the API to Customer and shall not sell it, disclose it to others or use it for any other purpose.

6.3 On expiry or termination of this Agreement Vendor shall, at Customer's choice, return or delete Customer Data within thirty days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information disclosed by the other party under this Agreement, including Customer's seller and buyer lists and Vendor's scoring methods, and shall use it only for this Agreement.

7.2 This Clause continues for three years after this Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, its reference lists and its software.

8.2 The product category mapping, the test set and any integration code written for Customer under this Agreement belong to Customer, which may use, modify and license them freely, also with another provider.

9. SUBCONTRACTING

Vendor shall not subcontract the provision of the API or any part of it without Customer's prior written consent. Vendor remains responsible for any subcontractor approved by Customer.

10. WARRANTIES

10.1 Vendor warrants that it has the right to grant the subscription and that the API will perform substantially in accordance with its documentation.

10.2 Results of the API are a screening aid. Customer remains responsible for its own export declarations.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Vendor's total liability under this Agreement is limited to twice the total fees for the Subscription Term, except for liability for wilful misconduct or fraud, which is not limited.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within twenty days after notice.

12.2 Either party may terminate by written notice if the other party becomes insolvent.

12.3 On termination for Vendor's breach Vendor shall refund any fees paid for the period after the termination date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian under its rules then in force.

13A. COOPERATION

13A.1 Each party shall name a technical contact for onboarding and a commercial contact for invoices and notices.

13A.2 Customer shall provide the product categories, sample listings and sample permits needed for the category mapping and the acceptance test set, and shall give Vendor's staff access to its test environment.

13A.3 Vendor shall inform Customer in writing at least thirty days before any change to the API that is not backwards compatible, and shall keep the previous version available for at least ninety days after such a change.

13A.4 Vendor shall tell Customer promptly when the CITES appendices or a relevant national list change in a way that affects results for product categories on Customer's platform.

13A.5 Vendor shall provide a usage report each quarter showing the number of calls, the results by category and the calls above the included volume.

13A.6 Customer shall keep its API keys secure, shall not share them outside its own systems and shall tell Vendor promptly if it believes a key has been compromised, so that Vendor can issue a new key.

13A.7 Vendor shall give Customer's sellers a short guide in Chinese explaining the meaning of each result, which Customer may publish on its platform.

13A.8 Customer may give Vendor feedback on incorrect results through the ticket system. Vendor shall review each report and tell Customer whether the reference data or the matching rules will be corrected.

13B. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, if it informs the other party promptly and takes reasonable steps to limit the effect.

13C. COMPLIANCE

Each party shall comply with the anti-bribery and export control laws that apply to it. Nothing in this Agreement requires either party to act in breach of those laws.

14. GENERAL

14.1 This Agreement, with the Schedule, is the entire agreement of the parties on its subject.

14.2 Changes must be in writing and signed by both parties.

14.3 This Agreement is made in English and Chinese. Both texts have equal effect.

SCHEDULE - API DESCRIPTION AND CHARGES

Endpoints: listing check (product text, species name, origin country); permit check (permit or certificate number, issuing country); batch check (up to 1,000 items per call).

Results: "clear", "permit required", "prohibited" or "manual review", with the matched species and list references.

Included volume: 400,000 calls per Subscription Year. Additional calls: CNY 0.18 per call, invoiced quarterly in arrears.

Integration support: two remote workshops and e-mail support during onboarding; an acceptance test set of 500 listings agreed by both parties.

Fees: subscription CNY 96,000 per Subscription Year (two Subscription Years, CNY 192,000); onboarding CNY 14,000 (one-time); total CNY 206,000.

SIGNED for Customer: ____________________ Name and title: ____________________

SIGNED for Vendor: ____________________ Name and title: ____________________
"""

# ---------------------------------------------------------------- files, labels
FILES = {  # key: (slug, ext, language, category)
    "h380z01": ("sasac_state_asset_online_supervision_platform", "pdf", "zh", "software"),
    "h380z02": ("sugar_mill_milling_control_system_retrofit", "docx", "zh", "hardware"),
    "h380z03": ("housekeeping_chain_dispatch_membership_saas", "txt", "zh", "cloud"),
    "h380z04": ("heating_company_network_monitoring_om_service", "txt", "zh", "services"),
    "h380z05": ("tangyuan_factory_mes_supplier_template", "md", "zh", "software"),
    "h380e01": ("stone_carving_relief_design_perpetual_licences", "pdf", "en", "software"),
    "h380e02": ("scenic_area_ticketing_saas_order_form", "md", "en", "cloud"),
    "h380e03": ("peanut_farm_silo_sensors_buyer_paper", "docx", "en", "hardware"),
    "h380e04": ("ornament_maker_managed_print_service", "md", "en", "services"),
    "h380e05": ("fishing_gear_cites_permit_api_subscription", "txt", "en", "cloud"),
}

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# contract values from the price tables
V = {
    "h380z01": 1180000 + 1460000 + 380000 + 96000,
    "h380z02": 1260000 + 186000 + 548000 + 214000 + 236000 + 26000,
    "h380z03": 3 * 186000 + 128000,
    "h380z04": 336000 + 198000 + 86000 + 42000,
    "h380z05": 480000 + 620000 + 150000,
    "h380e01": 6 * 68500 + 3 * 42000 + 48000 + 59000 + 26000,
    "h380e02": 3 * 248000 + 62000,
    "h380e03": 153600 + 139200 + 75000 + 168000 + 74200 + 12000,
    "h380e04": 36 * 21500 + 18000,
    "h380e05": 2 * 96000 + 14000,
}
FEE_BASE = {"h380z01": 1180000, "h380z02": 1260000 + 186000 + 548000 + 214000, "h380z05": 480000,
            "h380e01": 6 * 68500 + 3 * 42000, "h380e03": 153600 + 139200 + 75000 + 168000}
assert V == {"h380z01": 3116000, "h380z02": 2470000, "h380z03": 686000, "h380z04": 662000, "h380z05": 1250000,
             "h380e01": 670000, "h380e02": 806000, "h380e03": 622000, "h380e04": 792000, "h380e05": 206000}, V
assert FEE_BASE["h380z02"] == 2208000 and FEE_BASE["h380e01"] == 537000 and FEE_BASE["h380e03"] == 535800

T = {
    "h380z01": dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=10,
                    contract_kind="goods_or_licence"),
    "h380z02": dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, liability_cap_pct=150, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=28,
                    contract_kind="goods_or_licence"),
    "h380z03": dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                    liability_cap_pct=200, prepayment_pct=(128000 + 186000) / V["h380z03"] * 100),
    "h380z04": dict(p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.1,
                    termination_for_breach=False),
    "h380z05": dict(p1_response_hours=10, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                    liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                    final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=20,
                    subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
    "h380e01": dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                    final_payment_on_acceptance=True, warranty_months=3, post_warranty_fee_pct=12,
                    subcontract_without_consent=True, contract_kind="goods_or_licence"),
    "h380e02": dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=650 / V["h380e02"] * 100,
                    liability_cap_pct=6 / 36 * 100, auto_renewal_price_increase=True, governing_law="Moldova"),
    "h380e03": dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                    contract_kind="goods_or_licence"),
    "h380e04": dict(p1_response_hours=1, ld_rate_per_day_pct=500 / V["h380e04"] * 100, liability_cap_pct=150,
                    governing_law="Uzbekistan"),
    "h380e05": dict(sla_remedy=False, data_security_clause=False, ld_rate_per_day_pct=300 / V["h380e05"] * 100,
                    liability_cap_pct=200),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "h380z05": dict(ld_stated=False, acceptance_deemed_on_delivery=True),
    "h380e05": dict(sla_clause=False),
}
RULES = {
    "h380z01": [],
    "h380z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h380z03": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "h380z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h380z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h380e01": ["CR-SUBCONTRACT", "CR-WARRANTY"],
    "h380e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h380e03": [],
    "h380e04": ["CR-GOVERNING-LAW"],
    "h380e05": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
FOREIGN = {"Moldova", "Uzbekistan"}


def tco_share(key, t):
    """policy §4: horizon 5 years from acceptance, purchase + implementation = contract value, post-warranty years
    = 5 - warranty years (pro rata), fee base = itemised licence / hardware subtotal. None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (V[key] + fees) * 100


def derive_rules(key, t, x):
    """the expected rules, derived from the labels by policy.md §3 (a cross-check of RULES)."""
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] in FOREIGN:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    slug, ext, lang, cat = FILES[key]
    t = dict(BASE, **T[key])
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": True, "ld_stated": True}
    if goods:
        x["post_warranty_fee_capped"] = True
    x["acceptance_deemed_on_delivery"] = False
    x.update(EXTRA.get(key, {}))
    x["contract_value"] = V[key]
    assert derive_rules(key, t, x) == RULES[key], (key, derive_rules(key, t, x))
    return {"file": f"{key}_{slug}.{ext}", "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": x, "expected_rules": RULES[key]}


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"

# ---------------------------------------------------------------- threshold figures that must not appear
ZN = "〇零一二三四五六七八九十百"
TH = {
    "availability 99.9": r"(?<![\d.])99\.90*(?![\d])",
    "P1 4 hours": (r"(?<![\d.])4\s*-?\s*(?:business\s+|working\s+)?(?:hours?|hrs?|h\b|小时|个小时)"
                   rf"|(?<![{ZN}])四\s*个?\s*(?:工作)?小时|(?<![-\w])four\s*(?:\(4\)\s*)?-?\s*(?:business\s+|working\s+)?hours?"
                   r"|(?<![\d.])240\s*(?:minutes?|mins?|分钟)"),
    "LD 0.05%": (r"(?<![\d.])0?\.050*\s*(?:%|per\s*cent|percent)|万分之五(?![十\d])|千分之零点五|(?<![\d.])0\.5\s*‰"
                 r"|five\s+hundredths"),
    "cap 100%": r"(?<![\d.])100\s*(?:%|per\s*cent|percent)|百分之(?:一)?百|one\s+hundred\s+(?:per\s*cent|percent)",
    "prepayment 30%": (r"(?<![\d.])30\s*(?:%|per\s*cent|percent)|百分之三十(?![一二三四五六七八九])|三成"
                       r"|(?<![-\w])thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)"),
    "warranty 12 months": (r"(?<![\d.])12\s*-?\s*(?:months?|个月)|(?<![-\w])twelve\s*(?:\(12\)\s*)?-?\s*months?"
                           rf"|(?<![{ZN}])十二个月"
                           rf"|(?<![-\w])one\s*(?:\(1\)\s*)?-?\s*years?\b|(?<![\d.])1\s*-?\s*years?\b|(?<![{ZN}])一年"
                           r"|(?<![\d.])1\s*年|\ba\s+year\b"),
    "post-warranty 15%": (r"(?<![\d.])15\s*(?:%|per\s*cent|percent)|百分之十五|(?<![-\w])fifteen\s*(?:\(15\)\s*)?"
                          r"(?:per\s*cent|percent)"),
    "TCO 40%": (r"(?<![\d.])40\s*(?:%|per\s*cent|percent)|百分之四十(?![一二三四五六七八九])|四成"
                r"|(?<![-\w])forty\s*(?:\(40\)\s*)?(?:per\s*cent|percent)"),
    "horizon 5 years": (r"(?<![\d.])5\s*-?\s*years?\b|(?<![-\w])five\s*(?:\(5\)\s*)?-?\s*years?\b|(?<![\d.])60\s*-?\s*"
                        rf"(?:months?|个月)|(?<![-\w])sixty\s*(?:\(60\)\s*)?months?|(?<![{ZN}])五年|(?<![\d.])5\s*年|六十个月"),
}
THRX = {k: re.compile(v, re.I) for k, v in TH.items()}
MUST_HIT = {
    "availability 99.9": ["99.9%", "不低于99.9％", "99.90 %"],
    "P1 4 hours": ["4小时", "四小时", "4 hours", "four hours", "four (4) hours", "240 minutes", "4-hour", "4 business hours",
                   "四个小时"],
    "LD 0.05%": ["0.05%", "万分之五", "0.05 per cent", ".05%"],
    "cap 100%": ["100%", "百分之百", "one hundred per cent", "百分之一百"],
    "prepayment 30%": ["30%", "百分之三十", "三成", "thirty per cent", "30 percent"],
    "warranty 12 months": ["12个月", "十二个月", "12 months", "twelve months", "one year", "一年", "1 year", "12-month",
                           "one-year", "a year"],
    "post-warranty 15%": ["15%", "百分之十五", "fifteen per cent"],
    "TCO 40%": ["40%", "百分之四十", "forty per cent"],
    "horizon 5 years": ["五年", "5 years", "five years", "60 months", "60个月", "5年", "five (5) years", "5-year"],
}
MUST_NOT_HIT = ["24小时", "二十四小时", "7×24小时", "99.95%", "99.5%", "115%", "0.15%", "四十二个月", "2025年", "2026年",
                "14 hours", "twenty-four hours", "twenty-five years", "twenty-one years", "forty-five per cent", "thirty-five per cent", "130%", "0.055%",
                "二十五年", "112 months", "one hundred and fifty per cent", "0.4 hours", "per year", "each year",
                "Subscription Year", "服务年度", "百分之三十五", "百分之四十五", "24 h", "34 hours", "0.1 per cent",
                "1.5倍", "60 days", "30 days", "5 working days", "十五日", "万分之三", "千分之一", "45%", "35%", "20%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        variant = variant.replace("％", "%")
        for name, rx in THRX.items():
            for m in rx.finditer(variant):
                hits.append((name, m.group(0)))
    return hits


def self_test():
    for name, samples in MUST_HIT.items():
        for s in samples:
            assert THRX[name].search(s.replace("％", "%")), (name, s)
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), (s, threshold_hits(s))


# ---------------------------------------------------------------- read back
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


def size(lang, text):
    return len(text) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    labels = {k: label(k) for k in FILES}
    built = {}
    for k, lab in labels.items():
        ext = FILES[k][1]
        if ext in ("docx", "pdf"):
            built[k] = (lab["file"], ext)
        else:
            (OUT / lab["file"]).write_text(SRC[k], encoding="utf-8")
            print("wrote", lab["file"])
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    problems = []
    for k, lab in labels.items():
        (OUT / (Path(lab["file"]).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        lang = FILES[k][2]
        text = read_back(OUT / lab["file"])
        n = size(lang, text)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append(f"{k}: length {n} outside {lo}-{hi}")
        for src in (text, SRC[k]):
            hits = threshold_hits(src)
            if hits:
                problems.append(f"{k}: threshold figure in text {sorted(set(hits))}")
        t = lab["expected_terms"]
        for f, bad in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[f] is not None and abs(t[f] - bad) < 1e-6:
                problems.append(f"{k}: {f} on threshold")
        s = tco_share(k, t)
        if s is not None and abs(s - 40) < 0.5:
            problems.append(f"{k}: TCO share {s} near threshold")
        print(f"{lab['file']}: {n} {'chars' if lang == 'zh' else 'words'}; risk {risk(lab['expected_rules'])}; "
              f"TCO share {None if s is None else round(s, 2)}; rules {', '.join(lab['expected_rules']) or '(none)'}")
    fired = {r for lab in labels.values() for r in lab["expected_rules"]}
    missing = sorted(set(SEV) - fired)
    if missing:
        problems.append(f"rules never expected: {missing}")
    mix = sorted(len(lab["expected_rules"]) for lab in labels.values())
    print("findings per contract:", mix)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems


if __name__ == "__main__":
    main()
