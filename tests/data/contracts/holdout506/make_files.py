"""holdout506: builds ten blind, ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes only into this folder.
Sources are kept below; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青川市特种设备智慧监管平台建设项目合同书
P:合同编号：QCSJ-2026-0412
P:采购项目编号：QCCG-2026-0175（公开招标）
P:甲方（采购人）：青川市市场监督管理局
P:乙方（供应商）：杭州睿检信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就青川市特种设备智慧监管平台（以下简称"平台"）软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供特种设备监管平台软件（V5.0）永久使用许可，并在此基础上完成电梯、锅炉、压力容器、气瓶充装四类设备的监管模块定制开发，与省级特种设备安全监管系统、96333电梯应急处置平台及甲方统一身份认证系统对接。
P:1.2 乙方负责平台的部署实施、历史数据迁移（约二十一万条设备档案）、系统联调和用户培训。平台部署于甲方政务云资源池，乙方不另行提供服务器硬件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾伍万元整（¥1,550,000.00），为含税全包价，包括软件许可、定制开发、实施、培训、税费及乙方履约所需的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久，不限用户数）|860,000
TB:2|四类设备监管模块定制开发及系统对接|540,000
TB:3|部署实施及历史数据迁移|126,000
TB:4|培训（管理员及基层监管人员）|24,000
TB:合计| |1,550,000
P:2.2 合同履行期间因甲方需求变更导致工作量增加的，由双方另行书面确认；除此之外，本合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即¥310,000，作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥697,500。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥542,500。
P:3.4 乙方每次收款前应开具合法有效的等额增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约。
H:第四条 交付进度
P:4.1 乙方应于合同签订后90日内完成部署和数据迁移并提交初步验收申请，于合同签订后150日内完成全部定制模块的开发和对接。
P:4.2 乙方应每周向甲方报送项目进度。乙方项目经理及核心开发人员未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）功能符合招标文件技术需求及双方确认的需求规格说明书；（2）迁移数据经全量校验，记录数一致、关键字段无差错；（3）与省级系统、96333平台的接口连续7日数据交换正常；（4）在500个并发用户下主要页面响应时间不超过3秒；（5）通过第三方安全测评，无高危漏洞。
P:5.2 初验合格后进入为期60日的试运行。试运行期间未发生一级故障、二级故障累计不超过3次的，甲方组织最终验收，并邀请行业专家参加。
P:5.3 验收以甲方签署的书面验收报告为准。平台上线使用、甲方支付款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.5%（计划内维护时间除外；计划维护应提前3个工作日通知甲方，并安排在非工作时间进行）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或核心监管业务中断），乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用），2小时内响应，24小时内解决；三级故障（一般问题和咨询），在下一个工作日内处理完毕。
P:6.3 乙方未达到6.2规定的响应或恢复时限的，每超时一小时向甲方支付违约金¥1,000；平台月可用率每低于6.1承诺0.1个百分点，乙方支付违约金¥2,000。上述款项甲方可从应付款项或履约保证金中直接扣除。
H:第七条 质量保证及后续维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级以及远程和现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每服务年度不超过¥68,800，该价格在质保期满后连续三个服务年度内不上调。维护服务合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的监管模块、接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时完整移交源代码。甲方有权自行或委托第三方修改、使用和再许可，无需另行付费。
P:8.3 乙方保证其提供的软件和成果不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的特种设备档案、使用单位信息、检验检测数据、监管执法记录等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于任何其他目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，按照网络安全等级保护第三级要求开展实施和运维；远程访问须经甲方审批并通过堡垒机进行，不得擅自复制、下载数据或向境外传输数据。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、监管信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限完成交付的，每逾期一日，应按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿由此造成的损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市市场监督管理局    乙方（盖章）：杭州睿检信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年4月20日
"""

Z02 = """T:窑头DCS控制系统改造及维保合同
P:合同编号：WHSN-JX-2026-038
P:甲方（买方）：芜湖江岸水泥有限公司
P:乙方（卖方）：南京中控智联自动化工程有限公司
P:鉴于甲方二号熟料生产线窑头原有DCS控制系统设备老化、备件停产，甲方决定对窑头篦冷机、窑头喂煤及窑头收尘系统的DCS进行改造。乙方具备相应资质和实施能力。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责窑头DCS控制系统改造的设备供货、软件授权、组态编程、安装调试、培训，以及质保期满后的维保服务。
P:1.2 改造范围包括：DCS控制器及I/O模块、操作员站和工程师站、DCS软件授权、控制网络交换机及工控防火墙，以及篦冷机推速、二次风温、窑头负压等控制回路的组态和窑头专家控制逻辑定制。
P:1.3 改造工作须利用甲方计划检修停窑期完成，切换停窑时间不超过72小时。
P:1.4 乙方为甲方提供操作员培训和维护工程师培训各一期，每期不少于3天，使甲方人员能够独立完成日常操作、趋势查询、报警处理和一般性组态修改。培训教材归甲方所有。
P:1.5 改造后的系统应能与甲方现有的中控室大屏、生产管理系统（MES）和能源管理系统进行数据通讯，通讯协议采用OPC UA或Modbus TCP，具体点表由双方在技术协议中确认。
H:2. 合同价格
P:2.1 本合同总价为人民币贰佰叁拾叁万元整（¥2,330,000），含税、含运输、保险及安装调试费用。价格明细如下表：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及I/O模块（含机柜）|1套|1,180,000
TB:2|操作员站及工程师站|5台|236,000
TB:3|DCS软件授权（永久）|1套|312,000
TB:4|控制网络交换机及工控防火墙|1批|148,000
TB:软硬件小计| | |1,876,000
TB:5|组态编程及窑头控制逻辑定制|1项|264,000
TB:6|安装、调试及停窑切换|1项|172,000
TB:7|操作及维护培训|1项|18,000
TB:合计| | |2,330,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥233,000。
P:3.2 设备全部到货并经双方开箱清点签收后，甲方支付合同总价的35%，即¥815,500。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%，即¥1,165,000。
P:3.4 剩余合同总价的5%，即¥116,500，作为质量保证金，于质保期满且无未解决质量问题后支付。
H:4. 交货与实施
P:4.1 乙方应于合同生效后60日内将全部设备运抵甲方厂区指定地点。
P:4.2 乙方应在甲方停窑检修期内完成新旧系统切换，并于切换后30日内完成全部回路的投运和参数整定。
P:4.3 乙方应编制详细的切换方案和回退方案，经甲方生产、设备和安全部门会签后实施。切换期间乙方技术人员不少于6人驻厂，实行24小时轮班值守。
P:4.4 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，正确佩戴劳动防护用品；动火、登高、受限空间等作业应事先办理作业票。乙方人员在现场作业中发生的安全事故由乙方负责。
P:4.5 乙方应随设备提供装箱单、合格证、出厂检验报告、使用说明书及备品备件清单，并向甲方提供质保期内的随机备件。
H:5. 验收
P:5.1 最终验收标准：（1）设备型号、数量与合同一致，出厂检验报告齐全；（2）I/O点逐点测试正确；（3）控制回路全部投入自动，篦冷机推速和窑头负压控制稳定；（4）系统连续稳定运行720小时，无控制器故障和通讯中断；（5）工控防火墙策略经甲方信息部门测试确认。
P:5.2 验收由甲方组织，双方签署书面验收报告。设备安装完成或投入使用，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:6. 质保与维保
P:6.1 质保期自最终验收合格之日起二十四个月。质保期内，设备和软件出现非甲方原因的故障，乙方免费维修或更换。
P:6.2 质保期满后，乙方提供维保服务，年度维保费为软硬件小计的7%，即每服务年度¥131,320。该费用在质保期满后三个服务年度内固定不变，每服务年度结束后按季度支付。
P:6.3 故障响应：一级故障（可能导致窑头停车或控制失灵），乙方应在30分钟内响应，2小时内到达现场；二级故障，2小时内响应，当天到达现场；三级故障，下一个工作日内处理。乙方到场每迟延一小时，向甲方支付违约金¥1,500。
P:6.4 乙方应保证DCS主要备件在本合同签订后十年内持续供应。
P:6.5 质保期内乙方每季度上门巡检一次，维保期内每半年上门巡检一次，巡检后提交书面报告，列明发现的问题和处理建议。
P:6.6 维保服务内容包括故障处理、系统备份、软件补丁安装、控制器和电源模块检查，以及每次停窑检修期间的系统全面检查。
H:7. 知识产权
P:7.1 DCS软件及控制器固件的知识产权归原厂所有，甲方获得永久使用许可。
P:7.2 为本项目编制的组态程序、窑头控制逻辑、画面及技术文档归甲方所有，乙方应在验收时全部移交。甲方有权自行修改、使用，或交由第三方维护。
H:8. 数据安全
P:8.1 系统运行中产生的工艺参数、历史趋势、报警记录等数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:8.2 乙方人员进入控制室和接入控制网络须经甲方批准，不得使用未经查杀的移动存储介质，不得擅自开通远程访问通道，远程维护应经甲方审批并在甲方人员监督下进行。
P:8.3 因乙方原因发生病毒感染、数据泄露或控制系统被非法入侵的，乙方应在1小时内报告甲方，采取处置措施，并承担由此造成的全部损失。
H:9. 保密
P:9.1 双方对在履行合同中获悉的对方技术资料、生产工艺及商业信息承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:10. 违约责任
P:10.1 乙方迟延交货或迟延完成切换投运的，每迟延一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:11. 分包
P:11.1 乙方可将电缆敷设、桥架安装等辅助施工分包给具有相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作质量和现场安全承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交芜湖仲裁委员会仲裁。
H:14. 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：芜湖江岸水泥有限公司    乙方（盖章）：南京中控智联自动化工程有限公司
P:代表签字：__________    代表签字：__________    日期：2026年5月8日
"""

Z03 = """会员营销SaaS服务及实施合同

合同编号：YKT-SaaS-2026-0627

甲方（客户）：湖南康源大药房连锁有限公司
地址：湖南省长沙市岳麓区枫林三路188号

乙方（服务商）：上海云客通信息科技有限公司
地址：上海市闵行区申长路988弄

鉴于甲方在湖南省内经营80家直营门店，拟统一会员体系、开展精准营销和慢病会员关怀；乙方提供"云客通"会员营销SaaS平台及实施服务。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供会员营销SaaS平台的订阅服务，包括会员管理、积分与储值、优惠券、营销活动、慢病随访提醒、短信与小程序触达、数据看板等功能，账号数不限。
（二）乙方负责实施服务：80家门店的开通配置，从甲方现有POS系统和ERP系统迁移会员档案（约四十六万条）及积分余额，完成与POS收银、ERP商品主数据及甲方微信小程序的接口对接，并对门店店长和总部营销人员进行培训。
（三）平台部署于乙方租用的境内公有云，乙方负责平台的运行、维护和升级。
（四）服务期内乙方指定一名客户成功经理，每月向甲方提交服务报告，内容包括平台可用率、故障处理情况、短信发送量和营销活动效果分析，并每季度与甲方召开一次服务回顾会。

二、服务期限
（一）订阅服务期为三个服务年度，自2026年7月1日起至2029年6月30日止。
（二）服务期满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。
（三）续展期的服务费由乙方参照其届时价格体系确定，每次续展较上一服务年度上调幅度不超过8%，乙方应在服务期满前45日书面告知调整后的价格。

三、费用
（一）合同总价为人民币柒拾伍万陆仟元整（¥756,000），明细如下：
  1. SaaS订阅服务费：每服务年度¥216,000，三个服务年度合计¥648,000；
  2. 实施费（开通配置、数据迁移、接口对接）：¥96,000；
  3. 培训费：¥12,000。
（二）上述价格含税。短信超出套餐部分按每条¥0.045另行结算，不计入合同总价。

四、付款方式
（一）实施费和培训费合计¥108,000，在平台通过上线验收后15个工作日内支付。
（二）SaaS订阅服务费按季度结算，每季度¥54,000，于每季度结束后15个工作日内支付。
（三）甲方不向乙方预付任何款项。乙方应在收款前开具增值税专用发票。
（四）甲方依据第六条（三）享有的扣减金额，从当季应付服务费中直接抵扣。

五、上线与验收
（一）乙方应于2026年8月15日前完成全部80家门店的开通、数据迁移和接口对接，具备上线条件。
（二）上线验收标准：1. 会员档案和积分余额迁移后与原系统逐店核对一致；2. POS收银时会员识别、积分累计和抵扣实时生效，单笔处理时间不超过2秒；3. 小程序领券、核销流程完整可用；4. 连续10日运行无一级故障。
（三）甲方在收到上线验收申请后7个工作日内组织验收，并出具书面验收意见。门店开始使用不视为验收合格。
（四）乙方应在上线前向甲方提交数据迁移报告、接口说明和操作手册，并完成门店人员培训。
（五）验收不合格的，乙方应在7日内完成整改并重新提交验收，整改期间不免除乙方按第九条承担的逾期责任。

六、服务水平
（一）平台月可用率不低于99.95%，计划维护应安排在每日0:00至6:00之间，并提前3日通知甲方。
（二）一级故障（平台无法登录、收银会员功能不可用）乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障下一个工作日内处理。
（三）平台月可用率每低于承诺0.1个百分点，扣减当季服务费的2%；一级故障恢复每超时1小时，扣减当季服务费的1%。当季扣减合计不超过当季服务费的20%。

七、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的营销活动模板、会员等级规则、数据看板和接口程序归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证平台及其提供的内容不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担费用。

八、数据安全与数据使用
（一）甲方会员信息、交易记录、用药随访记录等数据（以下简称"甲方数据"）归甲方所有。
（二）乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求保护甲方数据，采取加密存储、访问控制、操作日志留存等措施；会员敏感个人信息应脱敏展示。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）在不识别具体会员的前提下，乙方可将甲方数据进行去标识化、汇总处理后，用于乙方医药零售行业分析报告、营销模型训练和产品优化，该权利在本合同终止后继续有效。
（五）合同终止后30日内，乙方应将甲方数据完整导出交付甲方，并删除平台中的甲方数据。

九、违约责任
（一）乙方未按第五条（一）约定时间具备上线条件的，每逾期一日，向甲方支付违约金¥500。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第八条造成的损失除外。

十、甲方义务
（一）甲方应指定项目联系人，按时提供会员数据、POS和ERP接口文档及测试环境。
（二）甲方应组织门店人员参加培训，并妥善保管平台账号和密码。
（三）甲方对其通过平台开展的营销活动内容的合法性负责，向会员发送营销信息前应取得会员同意。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同。
（二）平台连续三个月月可用率低于承诺水平的，甲方有权解除合同，无需承担违约责任。
（三）合同终止或期满不续约的，乙方应提供不少于60日的过渡期，配合甲方将会员档案和积分余额迁移至新平台，过渡期服务费按月折算。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、不可抗力
因地震、洪水、战争、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，在不可抗力影响范围内免除责任。公有云服务商的一般故障不属于不可抗力。

十五、其他
本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南康源大药房连锁有限公司        乙方（盖章）：上海云客通信息科技有限公司
授权代表：__________                           授权代表：__________
日期：2026年6月10日                            日期：2026年6月10日
"""

Z04 = """数字档案管理系统运维服务合同

项目名称：数字档案馆系统2026—2027服务年度运维服务
采购方式：竞争性磋商（项目编号：LYCG-2026-C-0093）
合同编号：LYDAG-YW-2026-07

甲方（采购人）：临源市档案馆
乙方（成交供应商）：江苏档信数据服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》，就甲方数字档案管理系统的运维服务订立本合同。

（1）服务范围
① 数字档案管理系统、档案利用服务平台、电子档案长期保存系统及其数据库、中间件、存储和备份设施的日常运维。
② 乙方派驻2名运维工程师在甲方工作场所驻场服务，工作日8:30至17:30在岗，其他时间远程值守。
③ 系统巡检、性能优化、补丁升级、数据备份、容灾演练、安全加固、漏洞修复和应急响应。
④ 配合甲方完成档案数字化成果接收入库、电子文件归档接口的日常校验。
⑤ 建立运维台账，记录每一次巡检、变更、故障和备份情况，每月5日前向甲方提交上月运维月报。

（2）人员要求
① 驻场工程师应具有三年以上档案信息系统或同类系统运维经验，其中至少一人持有数据库厂商认证。
② 乙方更换驻场人员应提前10个工作日书面申请并经甲方同意，新人员应完成交接后方可独立上岗。
③ 驻场人员应遵守甲方的考勤、安全和档案管理制度，并接受甲方的日常工作安排和监督。
④ 乙方应设项目负责人一名，负责服务质量管理和与甲方的日常沟通，每季度向甲方当面汇报服务情况。

（3）服务期限
服务期自2026年9月1日起至2027年8月31日止。服务期满本合同即行终止，不自动续期；服务期满前乙方应配合完成与后续服务单位的交接，交接期不少于10个工作日；甲方如需继续采购，另行依法组织采购。

（4）合同价款
本合同总价为人民币肆拾叁万陆仟元整（¥436,000），包括人员、工具、差旅、税费等全部费用，服务期内不作调整。分项如下：
- 驻场运维服务（2人）：¥272,000
- 系统巡检与性能优化：¥58,000
- 数据备份与容灾演练：¥46,000
- 安全加固与漏洞修复：¥38,000
- 应急响应保障：¥22,000

（5）付款方式
① 服务费按季度支付，每季度¥109,000。
② 每季度结束后，甲方依据（7）对该季度服务进行考核，考核合格后15个工作日内支付当季服务费，考核扣款从当季服务费中扣除。
③ 本合同不设预付款。乙方应在收款前开具等额发票。
④ 服务期满，最终验收通过后，甲方支付第四季度服务费；验收中发现的问题，乙方应在10个工作日内完成整改。

（6）服务水平
① 数字档案管理系统和档案利用服务平台的月可用率不低于99.95%（经甲方批准的计划维护时间除外）。
② 一级故障（系统整体不可用、数据库故障或数据存在丢失风险）：乙方在15分钟内响应，1小时内到达现场，6小时内恢复服务；二级故障（部分功能不可用）：30分钟内响应，24小时内解决；三级故障：2个工作日内解决。
③ 每月完成全量数据备份校验，每季度完成一次恢复演练，每半年完成一次容灾切换演练。
④ 发现高危漏洞的，乙方应在3个工作日内完成修复或采取有效缓解措施。
⑤ 系统变更实行审批制度，乙方应提交变更方案、影响评估和回退措施，经甲方批准后在计划维护时间内实施。

（7）考核与扣款
① 甲方每季度依据运维日志、故障记录、巡检报告和服务水平达成情况对乙方进行考核，考核标准见磋商文件第三章《运维服务考核细则》。
② 一级故障响应或恢复每超时1小时，扣减当季服务费¥1,000；月可用率每低于承诺0.01个百分点，扣减当季服务费¥1,500；驻场人员无故缺岗每人每日扣减¥600。
③ 服务期满，乙方提交年度运维总结报告、系统配置文档和运维知识库，经甲方对照考核细则审核确认，作为本项目的最终验收。
④ 考核结果和扣款情况由双方签字确认。乙方对考核结果有异议的，可在5个工作日内提出书面说明，甲方应予复核。

（8）数据安全
① 甲方档案数据、元数据、利用日志及系统配置信息均归甲方所有，乙方仅可为提供本合同服务而接触和处理，不得用于任何其他目的。
② 乙方应遵守《档案法》《数据安全法》及网络安全等级保护第三级要求；运维操作须通过甲方堡垒机进行并全程审计，不得将档案数据复制到任何个人设备或外部网络，不得擅自开通远程访问。
③ 因乙方原因发生档案数据泄露、篡改、丢失或系统被入侵的，乙方应在1小时内报告甲方，配合调查处置，并承担全部赔偿责任和相应法律责任。

（9）保密
乙方及其驻场人员对在服务中知悉的档案内容、甲方工作秘密和系统安全信息负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。驻场人员离场时，应交还全部门禁卡、账号和资料，并由甲方注销其系统权限。

（10）知识产权
乙方在服务中为甲方编制的巡检脚本、配置文档、运维知识库和应急预案归甲方所有，甲方可自由使用、修改，并可交由后续服务单位使用。乙方自有的通用运维工具仍归乙方所有，服务期内免费供甲方使用。

（11）违约责任
① 乙方未在服务期开始之日完成人员进场和系统交接的，每逾期一日，按合同总价的千分之一支付违约金。
② 因乙方原因造成档案数据丢失或不可恢复的，乙方除承担（8）③的责任外，还应支付合同总价的10%作为违约金。
③ 甲方逾期支付服务费的，每逾期一日按应付未付金额的万分之二支付违约金，但因财政资金拨付原因造成的延迟除外。

（12）分包与转包
乙方不得将本合同服务转包或分包给任何第三方。

（13）甲方义务
① 甲方应为驻场人员提供必要的办公场所、网络接入和运维工具账号。
② 甲方应指定运维联络人，及时审批计划维护、系统变更和漏洞修复方案。
③ 甲方对系统的业务调整和新增接入应提前通知乙方，以便乙方调整运维安排。

（14）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并按乙方实际完成且考核合格的服务结算费用。

（15）争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

（16）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供有关证明；不可抗力影响期间的服务费按实际提供服务的情况结算。

（17）其他
磋商文件、响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临源市档案馆                  乙方（盖章）：江苏档信数据服务有限公司
法定代表人或授权代表：__________            法定代表人或授权代表：__________
签订日期：2026年8月18日
"""

Z05 = """# 溯源云 生产追溯管理系统 软件许可及定制开发合同（标准文本 V3.0）

> 本合同为厦门链源软件有限公司标准合同文本，空白处由双方填写。

合同编号：LY-HT-2026-1142

**甲方（用户）**：安徽八公山豆制品有限公司

**乙方（开发方）**：厦门链源软件有限公司

甲方为实现豆制品生产全过程可追溯，满足食品安全监管要求，委托乙方提供"溯源云"生产追溯管理系统软件许可及定制开发服务。双方经协商一致，签订本合同。

## 第一条 合同内容

1.1 乙方向甲方提供"溯源云"生产追溯管理系统（标准版，含20个用户）永久使用许可。

1.2 乙方按甲方需求进行定制开发，包括：大豆原料批次及供应商管理、浸泡磨浆点浆压制工序记录、成品批次追溯、冷链配送温度对接、包装赋码与消费者扫码查询。

1.3 乙方负责系统安装部署，甲方提供服务器及网络环境。

1.4 乙方为甲方管理员和车间操作人员提供现场操作培训，培训时间不少于2天。

1.5 系统支持车间平板电脑和手机扫码录入，具体功能以乙方产品说明书和双方确认的需求确认书为准。

## 第二条 合同金额

2.1 本合同总金额为人民币伍拾捌万元整（¥580,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云生产追溯管理系统软件许可（标准版，永久） | 420,000 |
| 2 | 定制开发（原料、工序、批次追溯、冷链对接、赋码查询） | 120,000 |
| 3 | 安装部署及操作培训 | 40,000 |
| | 合计 | 580,000 |

2.2 赋码打印机、扫码枪、服务器等硬件由甲方自行采购，不在本合同范围内。

2.3 超出第一条约定范围的新增功能，乙方按每人天¥2,400另行报价，经双方确认后实施。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的50%，即¥290,000。

3.2 系统安装部署完成并上线运行后5个工作日内，甲方支付合同总金额的50%，即¥290,000。

3.3 乙方收到款项后10个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在签约时告知。

3.4 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方应在收到首付款后60个工作日内完成系统安装部署和定制功能开发。

4.2 乙方应在开发前向甲方提交需求确认书，甲方应在5个工作日内确认；逾期未确认的，视为甲方同意。

4.3 因甲方需求变更、现场环境未就绪或配合不及时造成的延误，交付时间相应顺延。

## 第五条 验收

5.1 系统安装部署完成并上线运行之日，即视为甲方验收合格。

5.2 乙方在上线时向甲方提交系统操作手册和账号清单，甲方签收即可。

5.3 甲方在上线后提出的修改意见，乙方可作为后续优化内容处理，不影响验收结论。

## 第六条 免费维护

6.1 自系统上线运行之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法使用）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内答复。乙方以远程方式处理为主，确需现场服务的，差旅费用由甲方承担。

6.4 因甲方擅自修改系统配置、使用盗版操作系统或数据库、病毒侵害等原因造成的故障，不属于免费维护范围。

6.3 对于故障处理时限，乙方尽力而为，乙方不因响应或处理超时承担任何扣款、赔偿或违约金。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每服务年度¥105,000，于每个服务年度开始前支付。

7.2 年度维护服务包括远程技术支持、缺陷修复、小版本升级和每服务年度一次的系统健康检查；大版本升级另行收费。

7.3 未购买维护服务的，乙方不再提供任何技术支持和升级。

## 第八条 知识产权

8.1 "溯源云"系统及乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，不得向第三方提供。

8.3 甲方在系统中自行配置的报表格式和标签模板，甲方可在其内部继续使用。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产、原料、客户等数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在提供远程支持时应经甲方同意后接入，采取访问控制和操作留痕措施，不得复制、留存甲方数据。

9.3 乙方在安装部署时应协助甲方设置数据库自动备份策略，并告知甲方备份数据的存放和恢复方法。

9.4 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并承担相应的赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 甲方义务

11.1 甲方应按乙方要求准备服务器、操作系统、数据库和网络环境，并指定专人配合需求调研和测试。

11.2 甲方应按时提供原料供应商、产品规格、工序参数等基础资料，并对其真实性和准确性负责。

11.3 甲方应按时支付合同款项。甲方未按期付款的，乙方交付时间相应顺延。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方在本合同项下的全部赔偿责任累计不超过合同总金额的20%，且不承担任何间接损失、利润损失或数据损失。

## 第十三条 合同解除

一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，甲方已支付的款项不予退还，已完成的定制开发成果仍归乙方所有。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方并提供证明。网络运营商故障、服务器故障等亦视为不可抗力。

## 第十六条 其他

16.1 本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

16.2 本合同未尽事宜，以乙方官网公布的《溯源云服务条款》为准。

| 甲方（盖章）：安徽八公山豆制品有限公司 | 乙方（盖章）：厦门链源软件有限公司 |
|---|---|
| 授权代表：__________ | 授权代表：__________ |
| 日期：2026年　月　日 | 日期：2026年　月　日 |
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BML-CN-2026-017
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 May 2026 between:
P:(1) Foshan Lianhe Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 23 Longjiang Industrial Avenue, Shunde District, Foshan, Guangdong (the "Customer"); and
P:(2) Blue Mountain Logic Limited, a company incorporated in Jamaica, with its registered office at 14 Hope Road, Kingston 10, Jamaica (the "Vendor").
P:Background: The Customer manufactures and distributes furniture from two warehouses in Foshan and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor develops and licenses the "Harbourline WMS" software. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Harbourline WMS core modules and the mobile scanning module listed in Schedule 1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's Kingdee ERP system and carrier systems, the custom reports and labels, and any other work product developed by the Vendor specifically for the Customer, including source code and documentation.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the Customer's operations, including inventory, order, supplier, customer and employee data.
P:1.4 "Go-Live" means the first day on which the Software is used to run receiving, put-away, picking and shipping in both warehouses.
P:1.5 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in China for the internal business of the Customer and its affiliates, for up to 80 named users and 60 handheld devices.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence is irrevocable once the Licence Fee is paid, except on termination under Article 13.2 before the Licence Fee is paid.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Schedule 2: installation, configuration of the two warehouses (locations, zones, bin labels, picking rules), development of the Custom Deliverables, data migration of item masters and opening stock, user training, and support for Go-Live.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and shall not replace key personnel without the Customer's consent, which shall not be unreasonably withheld. Services may be performed remotely from Jamaica or on site in Foshan as the project plan requires.
P:3.3 The Customer shall provide the servers, operating systems, database licences, network access, handheld devices and label printers in time for the project plan, and shall make its warehouse staff available for workshops, testing and training.
P:3.4 The Vendor shall complete Go-Live within 120 days after the effective date of this Agreement and submit the system for Final Acceptance within 60 days after Go-Live.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,020,000 (the "Contract Price"), inclusive of applicable taxes, itemised as follows:
TB:Item|Description|Amount (CNY)
TB:1|Harbourline WMS core modules, perpetual licence|520,000
TB:2|Mobile scanning module, perpetual licence|160,000
TB:|Licence Subtotal|680,000
TB:3|Implementation and configuration|236,000
TB:4|Custom Deliverables (ERP and carrier interfaces, reports)|84,000
TB:5|Training|20,000
TB:|Contract Price|1,020,000
P:4.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 204,000) within 20 days after signature, against the Vendor's invoice; (b) 45% (CNY 459,000) within 20 days after Go-Live; and (c) 35% (CNY 357,000) within 20 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the system shall run in production for 30 consecutive days. Final Acceptance requires that: (a) all functions in Schedule 2 pass the agreed test scripts; (b) a full stock count in each warehouse reconciles with the Software with no unexplained difference; (c) the interfaces transfer orders, shipments and stock movements to and from the ERP without manual correction for 20 consecutive working days; (d) scanning transactions complete within two seconds at peak load; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 The Customer shall issue the acceptance certificate, or a written list of failures, within 10 working days after the Vendor's notice that the criteria are met. The Vendor shall correct any failure and the test shall be repeated. Go-Live, use of the Software in production or any payment does not constitute Final Acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with their documentation and Schedule 2 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support under Article 7 free of charge.
P:6.2 The Vendor warrants that the Software contains no virus, time lock or other disabling code.
H:Article 7 Support and Service Levels
P:7.1 The Vendor shall provide a support desk reachable by telephone and e-mail from 8:00 to 20:00 China time on all days, and by telephone at any time for Severity 1 incidents.
P:7.2 Response times: Severity 1 (warehouse operations stopped): response within one hour and a workaround within eight hours; Severity 2 (a major function impaired): response within two hours and correction within three working days; Severity 3: response within one working day.
P:7.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due.
H:Article 8 Annual Support after the Warranty
P:8.1 After the Warranty Period the Customer may buy annual support, covering the services in Article 7 and all updates, for an annual fee of 9% of the Licence Subtotal, that is CNY 61,200 per support year. This fee is fixed for the first three support years after the Warranty Period; any later change must be agreed in writing and shall not exceed 3% per year.
P:8.2 Support is ordered by a purchase order for each support year. It does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software.
P:9.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license them, and have them maintained by third parties, without further payment.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access and use it only to perform this Agreement and shall not copy it out of the Customer's systems, except test extracts anonymised by the Customer.
P:10.2 The Vendor shall access the Customer's systems only through the remote-access channel provided by the Customer, with individual accounts and multi-factor authentication, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, cooperate in containing it, and indemnify the Customer for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation continues for three years after termination.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to complete Go-Live by the date in Article 3.4 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 10 or 11, infringement claims, or wilful misconduct.
H:Article 13 Subcontracting and Termination
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. The Customer may also terminate if the delay damages under Article 12.1 reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Jamaica.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Kingston, Jamaica, under the Arbitration Act of Jamaica, before a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Software and licence metrics) and Schedule 2 (Implementation scope and test scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:15.3 Notices shall be in writing and sent by courier or e-mail to the addresses given above, or to another address a party notifies in writing.
P:For the Customer: ____________________  Name and title: ____________________
P:For the Vendor: ____________________  Name and title: ____________________
"""

E02 = """# ORDER FORM — ShiftPilot Workforce Scheduling Service

**Order Form No.** CSW-OF-2026-0219
**Date:** 3 June 2026

This Order Form is entered into between **Caroni ShiftWorks Limited**, a company incorporated in the Republic of Trinidad and Tobago, 41 Ariapita Avenue, Woodbrook, Port of Spain ("**Provider**"), and **Wuhan Maixiang Bakery Chain Co., Ltd.**, 88 Zhongbei Road, Wuchang District, Wuhan, Hubei, People's Republic of China ("**Customer**"). It incorporates the General Terms below. If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Service

| Item | Detail |
|---|---|
| Service | ShiftPilot workforce scheduling, time and attendance, and labour-cost reporting (software as a service) |
| Users | Up to 1,200 employees in 96 bakery shops and the central kitchen; 150 manager accounts |
| Hosting | Provider's cloud tenant in the Alibaba Cloud Shanghai region |
| Subscription Start Date | 1 August 2026 |
| Subscription Term | Two Subscription Years: 1 August 2026 to 31 July 2028 |
| Onboarding | Configuration of shops, shift patterns and pay rules; import of employee master data; interface to the Customer's payroll system; train-the-trainer sessions |

## 2. Fees

At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 186,000 per Subscription Year × 2 | 372,000 |
| Onboarding fee | One-time | 38,000 |
| **Total Order Value** | | **410,000** |

Fees include VAT. Employees above 1,200 are charged at CNY 13 per employee per month and are not part of the Total Order Value.

## 3. Invoicing and Payment

3.1 The subscription fee is invoiced quarterly in advance, CNY 46,500 per quarter, with the first invoice issued on the Subscription Start Date. No fee is invoiced before the Subscription Start Date.

3.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 4.

3.3 The Customer shall pay each undisputed invoice within 30 days of receipt by bank transfer in CNY. If the Customer disputes an invoice in good faith, it shall notify Provider with reasons and pay the undisputed part; the parties shall resolve the dispute promptly.

3.4 Provider's daily rate for additional services requested by the Customer is CNY 3,200 per consultant day.

## 4. Onboarding and Go-Live Acceptance

4.1 Provider shall make the configured Service available for acceptance testing by 15 September 2026 (the "Target Date").

4.2 Go-Live Acceptance requires that: (a) all 96 shops and the central kitchen are configured with their opening hours and shift patterns; (b) employee master data for all active employees is imported and reconciled by headcount per shop; (c) a pilot schedule is published and clock-in records from ten pilot shops are captured for 14 consecutive days; and (d) the payroll interface produces an hours file that the Customer's payroll team reconciles against the attendance records without manual correction for two pay periods.

4.3 The Customer shall confirm Go-Live Acceptance in writing, or list the failures, within ten working days after Provider's notice. Use of the Service by shop managers before that confirmation is not acceptance.

4.4 If the Service is not ready for Go-Live Acceptance by the Target Date for reasons attributable to Provider, Provider shall pay the Customer CNY 300 for each day of delay, which the Customer may set off against any invoice.

## 5. Contacts

Customer: Ms Chen Li, HR Operations Manager. Provider: Mr Andre Baptiste, Customer Success Lead. Each party may replace its contact by written notice. The Customer's IT department will provide the payroll interface specification and a test environment by 1 August 2026.

Signed for the Customer: ____________________  Signed for Provider: ____________________

---

# GENERAL TERMS

## 1. Definitions

"Customer Data" means all data that the Customer or its users submit to the Service, including employee names, contact details, schedules, attendance records and pay rates, and all reports generated from them. "Customer Configurations" means the shop structures, shift templates, pay-rule settings and report layouts configured for the Customer. "Subscription Year" means the period from 1 August 2026 to 31 July 2027, or the period from 1 August 2027 to 31 July 2028.

## 2. Provision of the Service

2.1 Provider shall provide the Service in accordance with its documentation and shall use commercially reasonable efforts to make the Service available to the Customer on a continuous basis, except during planned maintenance and events beyond Provider's reasonable control.

2.2 Provider will publish planned maintenance on its status page in advance and will try to schedule it outside the Customer's shop opening hours.

2.3 Support requests may be raised through the support portal or by e-mail. Provider will handle requests in order of priority during its business hours, Monday to Friday, and will keep the Customer informed of progress.

2.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

## 3. Customer Responsibilities

3.1 The Customer is responsible for the accuracy of Customer Data, for its users' compliance with these terms, and for keeping its passwords secure.

3.2 The Customer shall obtain any consent of its employees required by law for the processing of their data in the Service.

3.3 The Customer shall not use the Service to store data unrelated to workforce management, attempt to gain unauthorised access to the Service, or resell the Service to third parties.

## 4. Customer Data and Data Security

4.1 Customer Data belongs to the Customer. Provider may process Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, log administrative access, and comply with the PRC Personal Information Protection Law and Data Security Law.

4.3 Provider shall notify the Customer within 48 hours after becoming aware of a security incident affecting Customer Data, take measures to contain it, and compensate the Customer for losses caused by Provider's failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it.

## 5. Customer Configurations

The Customer Configurations belong to the Customer. The Customer may export them and use them, modify them or have them used by another provider. Provider retains all rights in the Service and its underlying software.

## 6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this agreement, and not disclose it to third parties except to its advisers bound by similar duties. This Section survives for three years after the end of the Subscription Term.

## 7. Subcontractors

Provider shall not engage any subcontractor to perform the Service without the Customer's prior written consent. The hosting provider named in the Order Form is approved by signature. Provider remains responsible for its subcontractors.

## 8. Term, Renewal and Termination

8.1 The Subscription Term is stated in the Order Form. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

9.2 Provider's total liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 The limits in this Section do not apply to liability for breach of Section 4, to personal injury caused by negligence, or to fraud.

## 10. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules in force at the time.

## 11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of Provider's own suppliers are not force majeure unless they are themselves caused by such an event.

## 12. Exit Assistance

On expiry or termination, Provider shall at the Customer's request provide reasonable assistance for up to 30 days to transfer Customer Data and Customer Configurations to the Customer or its new provider. Assistance beyond ordinary export tools is charged at Provider's daily rate stated in the Order Form, or as agreed.

## 13. General

Neither party may assign the agreement without the other party's written consent. Notices shall be in writing and sent to the contacts named in the Order Form. Amendments must be in writing and signed by both parties.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-ROOM MONITORING SENSORS
P:Contract No. QDLC-PUR-2026-0093
P:This Contract is made on 26 May 2026 between Qingdao Lengchuan Cold Chain Logistics Co., Ltd., 17 Qianwangang Road, Huangdao District, Qingdao, Shandong, People's Republic of China (the "Buyer"), and Coral Reef Instruments Inc., a company incorporated in Barbados, Lower Bay Street, Bridgetown, St. Michael, Barbados (the "Supplier").
P:The Buyer operates a cold-storage warehouse of 38 cold rooms and 24 loading docks at its Huangdao site and wishes to replace its manual temperature logs with a wireless monitoring system. Following the Buyer's request for quotation RFQ-2026-11 and the Supplier's quotation of 6 May 2026, the parties agree as follows. This Contract is on the Buyer's standard terms for the purchase of equipment.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door contacts and accessories listed in Annex 1.
P:1.2 "Software" means the ColdWatch monitoring software listed in Annex 1, including its alarm, reporting and audit-trail functions.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Site.
P:1.4 "Site" means the Buyer's cold-storage warehouse at 17 Qianwangang Road, Qingdao.
P:1.5 "Final Acceptance" means the Buyer's signed certificate issued under Clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the Equipment, install and configure the Software on the Buyer's server, integrate the System with the Buyer's warehouse management system and SMS gateway, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site and any replacement site of the Buyer, for an unlimited number of users.
P:2.3 All Equipment shall be new, of the models stated in Annex 1, with calibration certificates traceable to a national metrology institute, and suitable for continuous operation from -30 °C to +10 °C.
P:2.4 Training shall cover operation of the Software, alarm handling, battery replacement and basic troubleshooting, for up to 20 of the Buyer's staff in two sessions at the Site, with Chinese training materials that the Buyer may copy for internal use.
H:3. Price
P:3.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 880,000, inclusive of VAT, duties, delivery to the Site, insurance and all other costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|980|411,600
TB:2|LoRa gateway with 4G backup|24|6,500|156,000
TB:3|Door contact sensor|120|420|50,400
TB:4|ColdWatch monitoring software, perpetual licence|1|128,000|128,000
TB:|Hardware and Licence Subtotal| | |746,000
TB:5|Installation and cabling| | |88,000
TB:6|Calibration and commissioning| | |36,000
TB:7|Training| | |10,000
TB:|Contract Price| | |880,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 88,000) within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 484,000) within 15 working days after all Equipment is installed at the Site and the Installation Certificate is signed. The Installation Certificate confirms quantities and installation only and is not acceptance of the System.
P:4.3 35% of the Contract Price (CNY 308,000) within 15 working days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid invoice.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation within 30 days after delivery. Installation shall be planned with the Buyer's operations team so that no cold room is opened for more than the time agreed in the installation plan.
P:5.2 With each delivery the Supplier shall provide packing lists, certificates of origin, calibration certificates for each sensor serial number, and installation and operation manuals in Chinese and English.
P:5.3 Final Acceptance tests: (a) every sensor reports to the Software at the configured interval and the data loss rate over the test period is below 0.1% of expected readings; (b) each sensor reads within ±0.5 °C of a reference thermometer at two test points; (c) alarms for high temperature, door left open and sensor offline reach the duty phone by SMS within 60 seconds in a witnessed test; (d) reports and the audit trail meet the Buyer's GSP cold-chain requirements; and (e) the System runs for 30 consecutive days without a Critical fault.
P:5.4 The Buyer shall sign the Final Acceptance certificate, or give a written list of failures, within ten working days after the tests. Installation, use of the System or payment does not constitute Final Acceptance. If the System fails, the Supplier shall correct it at its cost and the tests shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including parts, labour, travel and shipping, and shall recalibrate all sensors once in every warranty year.
P:6.2 Sensor batteries are covered by the warranty. A replaced item carries a new warranty of no less than the remaining warranty period or six months, whichever is longer.
H:7. Fault Response
P:7.1 During the warranty period the Supplier shall provide support through its local service partner in Qingdao approved under Clause 13, with the response times below:
TB:Fault level|Description|Response|Restoration
TB:Critical|Monitoring of one or more cold rooms lost, or alarms not sent|30 minutes|8 hours
TB:Major|Single gateway or several sensors offline, monitoring still possible|2 hours|24 hours
TB:Minor|Reporting or display problems|Next working day|5 working days
P:7.2 For each hour by which the Supplier exceeds a Critical response or restoration time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any payment or claim under the guarantee.
H:8. Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support, covering the services in Clauses 6 and 7, for a fee of 6% of the Hardware and Licence Subtotal (CNY 44,760 per support year). This fee is fixed for the two support years following the warranty period.
P:8.2 Support is ordered by purchase order for each support year and does not renew automatically.
H:9. Delay
P:9.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in Clause 5 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
H:10. Intellectual Property
P:10.1 The Supplier retains the intellectual property in the Software and the Equipment firmware, licensed to the Buyer under Clause 2.2.
P:10.2 The dashboards, report templates, alarm rules and the interface to the Buyer's warehouse management system developed for the Buyer belong to the Buyer, which may use, modify and disclose them without restriction. The Supplier shall deliver their source files at Final Acceptance.
H:11. Buyer Data and Data Security
P:11.1 All temperature records, alarm logs, audit trails and other data generated by the System belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:11.2 The System shall store data only on the Buyer's server in Qingdao. The gateways shall send data only to that server. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN with individual accounts.
P:11.3 The Supplier shall report any security incident affecting the System or Buyer data to the Buyer within 12 hours, take remedial measures, and be liable for losses caused by its breach of this Clause.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer and storage information, and shall not disclose it without prior written consent. This obligation survives for three years after the Contract ends.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents by signing this Contract to Qingdao Haitong Electrical Engineering Co., Ltd. as installation and local service partner. The Supplier remains fully responsible for its subcontractors.
H:14. Liability
P:14.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 11 and 12, which are not limited.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages under Clause 9.1 reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:17. General
P:17.1 Annex 1 (Equipment and Software list) and Annex 2 (Acceptance test plan) form part of this Contract. This Contract is made in English and Chinese, both equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement No.** LNO-GLH-2026-04

**Parties**

- **Guilin Lijiang Hotel Management Co., Ltd.**, 9 Binjiang Road, Xiufeng District, Guilin, Guangxi, People's Republic of China ("**Customer**"); and
- **Lucayan Network Operations Ltd.**, a company incorporated in the Commonwealth of The Bahamas, Bay Street, Nassau, New Providence, The Bahamas ("**Provider**").

**Background.** The Customer operates six hotels in Guilin and Yangshuo with about 1,400 guest rooms. It wishes to outsource the operation of its guest Wi-Fi, staff network and internet connections at these hotels to a managed service provider. The Provider operates a network operations centre (NOC) and works in China through a local field-service partner. The parties agree as follows. All charges are stated in Chinese yuan (CNY) at the Customer's request.

## Section 1 Definitions

1.1 "Services" means the managed network services described in Section 2 and Schedule 1.

1.2 "Sites" means the six hotels listed in Schedule 1.

1.3 "Service Commencement" means the date on which the Customer signs the Service Commencement Certificate under Section 4.

1.4 "Customer Data" means all data relating to the Customer, its guests and employees that the Provider obtains in performing the Services, including guest login records, network logs, configurations and reports.

1.5 "Incident" means an unplanned interruption or degradation of the Services.

## Section 2 Services

2.1 From Service Commencement the Provider shall operate, monitor and maintain the network at the Sites: the core and access switches, wireless controllers and about 1,650 access points, firewalls, the guest portal and the internet circuits, all of which remain the Customer's property.

2.2 The Services include: 24 × 7 monitoring from the NOC; Incident management; configuration and change management; firmware updates; guest portal operation with real-name login as required by Chinese law; monthly capacity and performance reports; and on-site field service through the approved partner in Section 11.

2.3 Before Service Commencement, the Provider shall carry out a transition: inventory and documentation of the network, installation of monitoring, take-over of configurations, and a handover from the Customer's current contractor.

2.4 The Customer shall give the Provider's field engineers access to equipment rooms at the Sites, provide power and rack space for monitoring probes, nominate a contact at each hotel, and keep the Provider informed of events that may increase network load, such as conferences and banquets.

## Section 3 Term

3.1 This Agreement starts on signature. The Services run for 36 months from Service Commencement (the "Service Term").

3.2 The Agreement ends at the end of the Service Term. Any extension must be agreed in writing by both parties.

## Section 4 Transition and Service Commencement

4.1 The Provider shall complete the transition within 45 days after signature.

4.2 Service Commencement requires that: (a) all network devices at the Sites are inventoried and visible in the NOC monitoring system; (b) configurations are backed up and documented; (c) the guest portal passes a test of login, real-name verification and log retention at each Site; (d) a simulated Priority 1 Incident at two Sites is detected, escalated and resolved under Schedule 2; and (e) the network runs for ten consecutive days under the Provider's monitoring without an unresolved Priority 1 Incident.

4.3 The Customer shall sign the Service Commencement Certificate, or give a written list of failures, within five working days after the Provider's notice. Use of the network during transition is not acceptance.

4.4 If Service Commencement does not occur within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## Section 5 Charges and Payment

5.1 The Customer shall pay the charges in Schedule 1: a one-time transition fee of CNY 54,000 and a monthly service charge of CNY 48,500 for 36 months. The total charges for the Service Term are CNY 1,800,000.

5.2 The transition fee is invoiced after Service Commencement. The monthly service charge is invoiced monthly in arrears. No amount is payable in advance.

5.3 The Customer shall pay within 30 days after receipt of a valid invoice. Service credits under Schedule 3 are deducted from the next invoice.

## Section 6 Service Levels

6.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

6.2 If a service level is missed, the Provider shall grant the service credits in Schedule 3. Service credits do not limit the Customer's other rights.

6.3 The monthly report shall show, for each Site, availability, Incidents with their response and restoration times, changes made, capacity trends, and recommended improvements. The parties shall review the report in a monthly service meeting.

## Section 7 Customer Data

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services to the Customer and shall not sell it or use it for any other purpose.

7.2 At the end of the Service Term the Provider shall hand over all configurations, documentation and logs to the Customer or its new provider.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including network diagrams, passwords and business information, and shall use it only for this Agreement.

8.2 Neither party shall disclose such information to third parties without the other party's prior written consent, except to its professional advisers or as required by law. This Section survives for three years after the Agreement ends.

## Section 9 Intellectual Property

9.1 The network designs, configurations, runbooks and reports produced by the Provider for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

9.2 The Provider retains its monitoring tools and general know-how.

## Section 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Service Term, except for personal injury, fraud and wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## Section 11 Subcontracting

11.1 The Provider shall not subcontract the Services without the Customer's prior written consent. By signing this Agreement the Customer approves Guilin Xinlian Network Engineering Co., Ltd. as the Provider's field-service partner. The Provider remains responsible for the acts of its subcontractors.

## Section 12 Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 The Customer may also terminate by written notice if Priority 1 Incidents exceed the restoration time in Schedule 2 three times in any quarter.

12.3 On termination the Provider shall provide exit assistance for up to 60 days at the monthly service charge pro rata.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guilin Arbitration Commission for arbitration in Guilin.

## Section 14 Force Majeure

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, provided that it notifies the other party promptly. Failures of internet circuits ordered by the Customer from carriers are outside the Provider's control, but the Provider shall still manage the Incident with the carrier.

## Section 15 General

15.1 This Agreement, with its Schedules, is the entire agreement. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, both equally authentic.

---

## Schedule 1 Sites and Charges

| Site | Rooms | Access points | Monthly charge (CNY) |
|---|---|---|---|
| Lijiang Riverside Hotel, Guilin | 360 | 420 | 12,200 |
| Elephant Hill Hotel, Guilin | 280 | 320 | 9,400 |
| Seven Stars Business Hotel, Guilin | 240 | 270 | 8,100 |
| West Street Hotel, Yangshuo | 200 | 240 | 7,200 |
| Yulong River Resort, Yangshuo | 180 | 250 | 7,400 |
| Airport Hotel, Guilin | 140 | 150 | 4,200 |
| **Monthly service charge** | | | **48,500** |
| One-time transition fee | | | 54,000 |
| **Total for the Service Term (36 × 48,500 + 54,000)** | | | **1,800,000** |

## Schedule 2 Service Levels

| Item | Level |
|---|---|
| Network availability per Site (monthly, excluding approved maintenance) | 99.95% |
| Priority 1 Incident (a Site's guest Wi-Fi or internet down) — response | within 6 hours |
| Priority 1 Incident — restoration | within 12 hours |
| Priority 2 Incident (part of a Site affected) — response | within 8 hours |
| Priority 2 Incident — restoration | within 2 working days |
| Change requests (standard) | within 5 working days |

## Schedule 3 Service Credits

| Failure | Credit |
|---|---|
| Availability at a Site below the level in Schedule 2 | 5% of that Site's monthly charge for each 0.1 percentage point of shortfall, up to 25% |
| Priority 1 restoration late | CNY 500 per hour of delay |
| Monthly report more than five working days late | CNY 300 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: CAD-API-2026-031
Date: 8 July 2026

BETWEEN

CIBAO AGRO DATA, S.R.L., a company incorporated in the Dominican Republic, Calle del Sol 52, Santiago de los Caballeros, Dominican Republic (the "Vendor"); and

YUNNAN PU'ER HONGYUN COFFEE TRADING CO., LTD., 16 Zhenxing Avenue, Simao District, Pu'er, Yunnan, People's Republic of China (the "Customer").

BACKGROUND

The Customer buys green coffee from farmers and cooperatives in Yunnan and sells it to roasters in China and abroad. It wishes to receive daily market prices, origin price differentials, weather and crop data through an application programming interface (API) and feed them into its purchasing and pricing system. The Vendor collects and licenses such data under the name "CafeSignal". At the Customer's request, all fees in this Agreement are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Vendor's CafeSignal REST API described in the documentation, with the endpoints listed in Schedule A.

1.2 "Vendor Data" means the market, price, weather and crop data delivered through the API.

1.3 "Customer Data" means all data the Customer sends to the API or stores in its account, including query logs, watch lists, purchase positions and uploaded contract details, and all outputs calculated from them.

1.4 "Custom Deliverables" means the field mapping, unit conversion tables and integration scripts that the Vendor prepares for the Customer's purchasing system.

1.5 "Subscription Year" means the period from 1 August 2026 to 31 July 2027, or the period from 1 August 2027 to 31 July 2028.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use Vendor Data in its internal business, including in price offers and contracts sent to its own customers and suppliers.

2.2 The subscription includes up to 300,000 API calls per month, five user accounts for the web console and access to ten years of historical data.

2.3 The Vendor shall provide onboarding: API keys for test and production, the Custom Deliverables, and two remote workshops for the Customer's IT and purchasing teams.

2.4 The Customer shall keep its API keys secret, use the API only from its own systems, not resell Vendor Data as a data feed, and tell the Vendor promptly if it suspects that a key has been misused.

3. TERM

3.1 The Subscription Term is two Subscription Years, from 1 August 2026 to 31 July 2028.

3.2 The Agreement expires at the end of the Subscription Term and does not renew automatically. A renewal requires a new written agreement.

4. FEES AND PAYMENT

4.1 The fees are:

   Item                                   Basis                              Amount (CNY)
   Subscription fee                       CNY 142,000 per Subscription Year  284,000
                                          x 2
   Onboarding and Custom Deliverables     one-time                           16,000
   Total Fees                                                                300,000

4.2 The subscription fee is invoiced quarterly in advance, CNY 35,500 per quarter, starting on 1 August 2026. No amount is invoiced before 1 August 2026.

4.3 The onboarding fee is invoiced after Integration Acceptance under Clause 5.

4.4 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. Such charges are not part of the Total Fees.

4.5 Invoices are payable within 30 days by bank transfer. Fees include VAT and any withholding tax.

5. INTEGRATION ACCEPTANCE

5.1 The Vendor shall make the production API and the Custom Deliverables available by 1 August 2026.

5.2 Integration Acceptance requires that: (a) all endpoints in Schedule A return data in the agreed format for 15 consecutive days; (b) daily prices are delivered by 07:00 China time on each trading day of that period; (c) the Custom Deliverables load prices, differentials and weather data into the Customer's purchasing system without manual correction; and (d) a sample of 200 historical price points matches the source exchanges.

5.3 The Customer shall confirm Integration Acceptance in writing, or give a list of failures, within ten working days after the test period. Use of the API before that confirmation is not acceptance.

5.4 If the production API is not available by 1 August 2026 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay, which the Customer may deduct from any invoice.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China time.

6.2 Priority 1 incidents (API unavailable or daily prices not delivered): response within one hour, at any time; restoration within six hours. Priority 2 incidents (one endpoint or data set affected): response within eight business hours.

6.3 Service credits: for each 0.1 percentage point of availability below the level in Clause 6.1, 5% of the monthly portion of the subscription fee; for each day on which daily prices are delivered after 09:00 China time, CNY 200. Credits are deducted from the next invoice.

6.4 The Vendor shall send the Customer a monthly report showing availability, incidents with their response and restoration times, late deliveries of daily prices and the number of API calls used.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the API and support to the Customer and shall not disclose, analyse, aggregate or sell it for any other purpose.

7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging of administrative access, and shall comply with applicable data protection law, including the PRC Personal Information Protection Law to the extent it applies.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take measures to contain it, and compensate the Customer for losses caused by the Vendor's breach of this Clause 7.

7.4 At the end of the Subscription Term the Vendor shall, at the Customer's choice, return or delete Customer Data within 30 days.

8. INTELLECTUAL PROPERTY

8.1 The Vendor retains all rights in the API and the Vendor Data, subject to the rights granted in Clause 2.

8.2 The Custom Deliverables belong to the Customer. The Vendor shall deliver them in editable form, and the Customer may use, modify and license them and have them maintained by others.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchase positions and prices, and use it only for this Agreement. This obligation survives for three years after the Agreement ends.

10. SUBCONTRACTORS AND DATA PARTNERS

10.1 The Vendor may use subcontractors, hosting providers and data partners to perform this Agreement. The Vendor shall give the Customer written notice of any new subcontractor at least 15 days before it starts work and remains responsible for the performance of its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 120% of the Total Fees, except for breach of Clauses 7 and 9, fraud and wilful misconduct.

11.2 Neither party is liable for indirect loss, loss of profit or trading losses. The Customer remains responsible for its own purchasing and pricing decisions.

12. TERM AND TERMINATION

12.1 This Agreement runs for the full Subscription Term. The Customer may not terminate it before the end of the Subscription Term. If the Vendor fails to perform, the Customer's remedies are the service credits under Clause 6.3 and damages under Clause 11.

12.2 The Vendor may suspend access to the API if an undisputed invoice remains unpaid 30 days after a written reminder, and shall restore access promptly after payment.

12.3 Either party may end the Agreement by written notice if the other party becomes insolvent or ceases business.

12.4 On expiry the Customer may keep and use Vendor Data received during the Subscription Term in its own records and past documents, but may not use it in new price offers.

13. FORCE MAJEURE

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as hurricanes, earthquakes, epidemics, interruption of public networks or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. The failure of an exchange or public source to publish data is not a failure of the Vendor, but the Vendor shall deliver the data as soon as it is published.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail with confirmation by courier to the addresses above. Neither party may assign this Agreement without the other party's written consent. This Agreement is made in English and Chinese, both equally authentic.

15.2 This Agreement, with Schedule A and the API documentation, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

SCHEDULE A - ENDPOINTS

/prices/daily, /prices/history, /differentials/origin, /weather/forecast, /weather/history, /crop/estimates.

SIGNED for the Vendor: ____________________        SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, language)
    "z01": ("h506z01_market_regulator_special_equipment_platform.pdf", "pdf", "zh"),
    "z02": ("h506z02_cement_kiln_head_dcs_retrofit_maintenance.docx", "docx", "zh"),
    "z03": ("h506z03_pharmacy_chain_member_marketing_saas.txt", "txt", "zh"),
    "z04": ("h506z04_archives_digital_archive_system_annual_om.txt", "txt", "zh"),
    "z05": ("h506z05_tofu_plant_traceability_supplier_template.md", "md", "zh"),
    "e01": ("h506e01_wms_licence_jamaica_vendor.pdf", "pdf", "en"),
    "e02": ("h506e02_workforce_scheduling_saas_order_form_trinidad_vendor.md", "md", "en"),
    "e03": ("h506e03_cold_storage_sensors_barbados_supplier.docx", "docx", "en"),
    "e04": ("h506e04_hotel_managed_network_bahamas_provider.md", "md", "en"),
    "e05": ("h506e05_coffee_market_data_api_dominican_vendor.txt", "txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
SOURCES = {k: SRC[k] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (FILES[k][0], FILES[k][1]) for k in SOURCES}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order
T = {
    "z01": [99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "z02": [None, 0.5, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 7, False, True, True, "PRC", G],
    "z03": [99.95, 0.25, True, "buyer", True, False, False, 500 / 756000 * 100, 150, None, True, None, None, None,
            True, True, False, "PRC", S],
    "z04": [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "z05": [None, 8, False, "supplier", True, True, True, None, 20, 50, False, False, 6, 25, False, True, None, None,
            G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 9, False, True, False, "Jamaica",
            G],
    "e02": [None, None, False, "buyer", True, True, True, 300 / 410000 * 100, 6 / 24 * 100, None, True, None, None,
            None, False, True, False, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 6, False, True, False, "PRC",
            G],
    "e04": [99.95, 6, True, "buyer", False, True, True, 1500 / 1800000 * 100, 150, None, True, None, None, None, False,
            True, False, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, True, True, 300 / 300000 * 100, 120, None, True, None, None, None, False,
            False, True, "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 1550000),
    "z02": (True, True, True, False, 2330000),
    "z03": (True, True, None, False, 756000),
    "z04": (True, True, None, False, 436000),
    "z05": (True, False, True, True, 580000),
    "e01": (True, True, True, False, 1020000),
    "e02": (False, True, None, False, 410000),
    "e03": (True, True, True, False, 880000),
    "e04": (True, True, None, False, 1800000),
    "e05": (True, True, None, False, 300000),
}
# TCO inputs for goods: fee base (itemised licence / hardware subtotal); forum outside mainland China
FEE_BASE = {"z01": 860000, "z02": 1876000, "z05": 420000, "e01": 680000, "e03": 746000}
FORUM_OUTSIDE = {"e01"}  # Kingston, Jamaica

# my design list, written before deriving
DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "e05": ["CR-SUBCONTRACT", "CR-TERMINATION"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, value, base, horizon=5):
    """Policy §4: post-warranty fee years inside the horizon (partial pro rata) over TCO; value = price + implementation."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive_rules(key, t, x):
    """My own reading of policy.md §3 (not project code)."""
    sla, ld_stated, capped, deemed, value = x
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
        share = tco_share(t, value, FEE_BASE[key])
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, fmt, lang = FILES[key]
    t = dict(zip(TERM_KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = X[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive_rules(key, t, X[key])}


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that must appear nowhere (digits, Chinese numerals, words); case-insensitive.
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?![\d])"],
    "P1 response 4 h": [r"(?<![\d.])4\s*(?:个\s*)?(?:小时|钟头|h(?:ours?|rs?)?(?![a-z]))", r"(?<![\d.])4\s*-\s*hour",
                        r"(?<![一二三四五六七八九十两])四\s*(?:个\s*)?(?:小时|钟头)", r"four[\s-]*hours?",
                        r"(?<![\d.])240\s*(?:分钟|min)"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)" + PCT, r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百千点\d〇零一二三四五六七八九])",
                      r"千分之零点五", r"(?<![\d.])0\.5\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![零一二三四五六七八九十])",
                  r"one\s*hundred" + PCT],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"thirty" + PCT],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?)", r"(?<![\d.])12\s*-\s*months?",
                           r"(?<![一二三四五六七八九十])十二\s*个\s*月", r"twelve[\s-]*(?:calendar\s*)?months?", r"一年",
                           r"壹年", r"(?<![a-z])one[\s-]*years?", r"(?<![\d.])1[\s-]*years?"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"(?<![一二三四五六七八九])百分之十五(?![点])",
                               r"fifteen" + PCT],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty" + PCT],
    "horizon 5 years": [r"(?<![\d.])5\s*(?:个\s*)?(?:年|years?)", r"(?<![\d.])5\s*-\s*years?",
                        r"(?<![一二三四五六七八九十〇零两])五\s*(?:个\s*)?年", r"(?<![a-z])five[\s-]*years?",
                        r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)", r"六十\s*个\s*月", r"sixty[\s-]*months?"],
}
RX = [(name, re.compile(p, re.I)) for name, ps in THRESHOLD_PATTERNS.items() for p in ps]
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour",
            "240分钟", "0.05%", "0.05 %", "万分之五", "千分之零点五", "100%", "100 %", "百分之百", "百分之一百", "30%",
            "30 per cent", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "12 months", "twelve months", "一年",
            "one year", "one-year", "1 year", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "四成",
            "5年", "5 年", "五年", "five years", "five-year", "5 years", "60 months", "60个月", "六十个月"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "130%", "2025年",
             "2026年5月", "万分之五十", "万分之三", "服务年度", "Subscription Year", "百分之三十五", "45%", "35%",
             "12 hours", "二十四个月", "第五条", "十五日", "five working days", "10%", "120%", "0.055%", "1.5 hours",
             "420 minutes", "36 months", "2 hours", "8小时", "第十五条", "2.5%", "3.5 years", "one hour", "hotels"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in RX:
            for m in rx.finditer(variant):
                hits.append((name, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if FILES[key][2] == "zh" else len(text.split())


def checks():
    # price arithmetic
    assert 860000 + 540000 + 126000 + 24000 == 1550000 and 310000 + 697500 + 542500 == 1550000
    assert 1180000 + 236000 + 312000 + 148000 == 1876000 and 1876000 + 264000 + 172000 + 18000 == 2330000
    assert 233000 + 815500 + 1165000 + 116500 == 2330000 and round(1876000 * 0.07) == 131320
    assert 3 * 216000 + 96000 + 12000 == 756000 and 216000 / 4 == 54000
    assert 272000 + 58000 + 46000 + 38000 + 22000 == 436000 and 436000 / 4 == 109000
    assert 420000 + 120000 + 40000 == 580000 and 420000 * 0.25 == 105000
    assert 520000 + 160000 == 680000 and 680000 + 236000 + 84000 + 20000 == 1020000
    assert 204000 + 459000 + 357000 == 1020000 and round(680000 * 0.09) == 61200
    assert 2 * 186000 + 38000 == 410000 and 186000 / 4 == 46500
    assert 420 * 980 == 411600 and 24 * 6500 == 156000 and 120 * 420 == 50400
    assert 411600 + 156000 + 50400 + 128000 == 746000 and 746000 + 88000 + 36000 + 10000 == 880000
    assert 88000 + 484000 + 308000 == 880000 and round(746000 * 0.06) == 44760
    assert 12200 + 9400 + 8100 + 7200 + 7400 + 4200 == 48500 and 36 * 48500 + 54000 == 1800000
    assert 2 * 142000 + 16000 == 300000 and 142000 / 4 == 35500
    # no label on a threshold, no TCO share near 40
    thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    shares = {}
    for k in FILES:
        t = dict(zip(TERM_KEYS, T[k]))
        for f, v in thr.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        if t["contract_kind"] == G:
            shares[k] = tco_share(t, X[k][4], FEE_BASE[k])
            assert shares[k] is not None and abs(shares[k] - 40) > 2, (k, shares[k])
    return shares


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    shares = checks()
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    labels = {k: label(k) for k in FILES}
    covered = set()
    for k, lab in labels.items():
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        stem = FILES[k][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    # the mix
    n = {k: len(v["expected_rules"]) for k, v in labels.items()}
    compliant = [k for k in n if n[k] == 0]
    assert sorted(compliant) == ["e03", "z04"]
    only_law = [k for k in n if labels[k]["expected_rules"] == ["CR-GOVERNING-LAW"]]
    assert only_law == ["e01"] and risk(labels["e01"]["expected_rules"]) == "low"
    assert n["z05"] >= 8
    assert sorted(k for k in n if 2 <= n[k] <= 3) == ["e02", "e04", "e05", "z01", "z02", "z03"]
    # lengths and threshold scan, read back from the built files and from the sources
    bad = []
    for k, (name, fmt, lang) in FILES.items():
        text = read_back(OUT / name)
        size = measure(k, text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= size <= hi
        extra = " (non-whitespace %d)" % len(re.sub(r"\s", "", text)) if lang == "zh" else ""
        print("%-66s %s %5d %s%s %-6s %s" % (name, lang, size, "chars" if lang == "zh" else "words", extra,
                                             risk(labels[k]["expected_rules"]),
                                             ", ".join(labels[k]["expected_rules"]) or "(none)"))
        if not ok:
            bad.append((name, size))
        for where, t in (("built", text), ("source", SRC[k])):
            for h in threshold_hits(t):
                bad.append((name, where, h))
    for k, s in shares.items():
        print("TCO share %s: %.2f %%" % (k, s))
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
